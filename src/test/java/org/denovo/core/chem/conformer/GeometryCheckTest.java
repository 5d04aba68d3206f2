package org.denovo.core.chem.conformer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javax.vecmath.Point3d;
import org.denovo.core.chem.structure.Molecules;
import org.junit.jupiter.api.Test;
import org.openscience.cdk.interfaces.IAtomContainer;
import org.openscience.cdk.interfaces.IBond;
import org.openscience.cdk.tools.manipulator.AtomContainerManipulator;

/** Hand-made coordinates: each defect alone makes the check fail, and a correct structure passes. */
class GeometryCheckTest {
    /** Tetrahedral methane, C–H 1.09 Å. */
    private static IAtomContainer methane(double ch) throws Exception {
        IAtomContainer m = Molecules.parseSmiles("C");
        AtomContainerManipulator.convertImplicitToExplicitHydrogens(m);
        double s = ch / Math.sqrt(3);
        m.getAtom(0).setPoint3d(new Point3d(0, 0, 0));
        m.getAtom(1).setPoint3d(new Point3d(s, s, s));
        m.getAtom(2).setPoint3d(new Point3d(s, -s, -s));
        m.getAtom(3).setPoint3d(new Point3d(-s, s, -s));
        m.getAtom(4).setPoint3d(new Point3d(-s, -s, s));
        return m;
    }

    /** Heavy-atom butane, zig-zag in the xy plane with 1.53 Å bonds; the last carbon can be moved. */
    private static IAtomContainer butane(Point3d c4) throws Exception {
        IAtomContainer m = Molecules.parseSmiles("CCCC");
        m.getAtom(0).setPoint3d(new Point3d(0, 0, 0));
        m.getAtom(1).setPoint3d(new Point3d(1.25, 0.88, 0));
        m.getAtom(2).setPoint3d(new Point3d(2.50, 0, 0));
        m.getAtom(3).setPoint3d(c4);
        return m;
    }

    @Test
    void tetrahedralMethaneIsSane() throws Exception {
        GeometryCheck check = GeometryCheck.of(methane(1.09));
        assertTrue(check.sane(), check.describe());
        assertNull(check.failure());
        assertEquals(5, check.atoms());
        assertEquals((1.09 - 1.07) / 1.07, check.worstBondDeviation(), 1e-9); // C 0.75 + H 0.32 Å
    }

    @Test
    void transButaneIsSane() throws Exception {
        GeometryCheck check = GeometryCheck.of(butane(new Point3d(3.75, 0.88, 0)));
        assertTrue(check.sane(), check.describe());
        assertEquals(3.85, check.minHeavyDistance(), 0.01); // C1...C4, the only pair three bonds apart
    }

    /** A chain of n carbons on the corners of a regular pentagon with 1.53 Å sides, the sixth back near the first. */
    private static IAtomContainer pentagonChain(int n) throws Exception {
        IAtomContainer m = Molecules.parseSmiles("C".repeat(n));
        double r = 1.53 / (2 * Math.sin(Math.PI / 5));
        for (int i = 0; i < n; i++) {
            double a = 2 * Math.PI * (i % 5) / 5;
            m.getAtom(i).setPoint3d(new Point3d(r * Math.cos(a), r * Math.sin(a), i == 5 ? 0.3 : 0));
        }
        return m;
    }

    @Test
    void atomsOnTopOfEachOtherOverlapThoughEveryBondIsFine() throws Exception {
        GeometryCheck check = GeometryCheck.of(pentagonChain(6)); // C6 0.3 Å above C1
        assertTrue(check.worstBondDeviation() <= GeometryCheck.MAX_BOND_DEVIATION, check.describe());
        assertEquals(0.3, check.minAnyDistance(), 1e-9);
        assertTrue(check.overlap());
        assertFalse(check.sane());
        assertEquals(GeometryCheck.OVERLAP, check.failure());
    }

    @Test
    void heavyAtomsCloserThanTwoAngstromOverlapThoughAboveTheAnyAtomThreshold() throws Exception {
        GeometryCheck check = GeometryCheck.of(pentagonChain(5)); // C1 and C5, four bonds apart, 1.53 Å
        assertEquals(1.53, check.minHeavyDistance(), 1e-9);
        assertTrue(check.minAnyDistance() > GeometryCheck.MIN_ANY_DISTANCE);
        assertEquals(GeometryCheck.OVERLAP, check.failure(), check.describe());
    }

    @Test
    void stretchedBondFails() throws Exception {
        IAtomContainer m = methane(1.09);
        m.getAtom(1).setPoint3d(new Point3d(1.0, 1.0, 1.0)); // C-H 1.73 Å
        GeometryCheck check = GeometryCheck.of(m);
        assertFalse(check.sane());
        assertEquals(GeometryCheck.BOND_LENGTH, check.failure(), check.describe());
        assertEquals((Math.sqrt(3) - 1.07) / 1.07, check.worstBondDeviation(), 1e-9);
        assertTrue(check.worstBond().startsWith("C1-H2 1.73"), check.worstBond());
    }

    @Test
    void bondsJustInsideAndOutsideTenPercent() throws Exception {
        assertTrue(GeometryCheck.of(methane(1.07 * 1.099)).sane());
        assertEquals(GeometryCheck.BOND_LENGTH, GeometryCheck.of(methane(1.07 * 1.101)).failure());
        assertEquals(GeometryCheck.BOND_LENGTH, GeometryCheck.of(methane(1.07 * 0.899)).failure());
    }

    @Test
    void flatCoordinatesOfAnSp3MoleculeFail() throws Exception {
        IAtomContainer m = methane(1.09);
        m.atoms().forEach(a -> a.getPoint3d().z = 0); // a 2D layout
        GeometryCheck check = GeometryCheck.of(m);
        assertFalse(check.threeD());
        assertEquals(GeometryCheck.FLAT, check.failure());
    }

    @Test
    void flatBenzeneIsFine() throws Exception {
        IAtomContainer m = Molecules.parseSmiles("c1ccccc1");
        AtomContainerManipulator.convertImplicitToExplicitHydrogens(m);
        for (int i = 0; i < 6; i++) {
            double a = i * Math.PI / 3;
            m.getAtom(i).setPoint3d(new Point3d(1.39 * Math.cos(a), 1.39 * Math.sin(a), 0));
            m.getAtom(6 + i).setPoint3d(new Point3d(2.48 * Math.cos(a), 2.48 * Math.sin(a), 0));
        }
        GeometryCheck check = GeometryCheck.of(m);
        assertTrue(check.sane(), check.describe());
        assertEquals(0, check.planeRms(), 1e-9);
    }

    @Test
    void missingOrNonFiniteCoordinatesFail() throws Exception {
        IAtomContainer m = methane(1.09);
        m.getAtom(2).setPoint3d(null);
        assertEquals(GeometryCheck.NOT_FINITE, GeometryCheck.of(m).failure());
        m = methane(1.09);
        m.getAtom(2).setPoint3d(new Point3d(Double.NaN, 0, 0));
        assertEquals(GeometryCheck.NOT_FINITE, GeometryCheck.of(m).failure());
    }

    @Test
    void idealLengthsFollowBondOrder() throws Exception {
        IAtomContainer m = Molecules.parseSmiles("CC(=O)Nc1ccccc1C#N");
        assertArrayEquals(new double[] {1.50, 1.50}, ideal(m, 0, 1), 1e-9); // C-C single, sp3 end
        assertArrayEquals(new double[] {1.24, 1.24}, ideal(m, 1, 2), 1e-9); // C=O: 0.67 + 0.57
        assertArrayEquals(new double[] {1.27, 1.46}, ideal(m, 1, 3), 1e-9); // amide C-N: between 1 and 2
        assertArrayEquals(new double[] {1.34, 1.50}, ideal(m, 4, 5), 1e-9); // aromatic C-C
        assertArrayEquals(new double[] {1.14, 1.14}, ideal(m, 10, 11), 1e-9); // C#N: 0.60 + 0.54
    }

    private static double[] ideal(IAtomContainer m, int a, int b) {
        IBond bond = m.getBond(m.getAtom(a), m.getAtom(b));
        return GeometryCheck.idealRange(bond);
    }
}
