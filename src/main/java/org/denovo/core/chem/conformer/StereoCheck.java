package org.denovo.core.chem.conformer;

import javax.vecmath.Point3d;
import javax.vecmath.Vector3d;
import org.openscience.cdk.interfaces.IAtom;
import org.openscience.cdk.interfaces.IAtomContainer;
import org.openscience.cdk.interfaces.IBond;
import org.openscience.cdk.interfaces.IDoubleBondStereochemistry;
import org.openscience.cdk.interfaces.IStereoElement;
import org.openscience.cdk.interfaces.ITetrahedralChirality;

/**
 * Do 3D coordinates have the configurations the SMILES specifies? Each tetrahedral centre and each double bond
 * with a specified configuration is read off the coordinates directly: the sign of the volume spanned by the
 * four neighbours, and the sign of the cosine of the dihedral angle across the double bond. Centres and
 * double bonds the SMILES leaves open are not checked (any configuration is right); other stereo kinds
 * (allenes, atropisomers, metal geometries) are not checked either.
 */
final class StereoCheck {
    private StereoCheck() {
    }

    /** True when every checked stereo element of {@code mol3d} (the prepared molecule's copy, with 3D points) holds. */
    static boolean preserved(IAtomContainer mol3d) {
        for (IStereoElement<?, ?> se : mol3d.stereoElements()) {
            if (se instanceof ITetrahedralChirality tc && !tetrahedralHolds(tc)) {
                return false;
            }
            if (se instanceof IDoubleBondStereochemistry db && !doubleBondHolds(db)) {
                return false;
            }
        }
        return true;
    }

    /** Looking from the first neighbour, the other three run clockwise exactly when the signed volume is positive. */
    static boolean tetrahedralHolds(ITetrahedralChirality tc) {
        IAtom focus = tc.getChiralAtom();
        IAtom[] ligands = tc.getLigands();
        // an implicit hydrogen is represented by the centre itself, which lies on the hydrogen's side of the
        // plane through the other three neighbours, so the sign is the same
        Point3d a = point(ligands[0], focus);
        Point3d b = point(ligands[1], focus);
        Point3d c = point(ligands[2], focus);
        Point3d d = point(ligands[3], focus);
        Vector3d ab = new Vector3d();
        ab.sub(b, a);
        Vector3d ac = new Vector3d();
        ac.sub(c, a);
        Vector3d ad = new Vector3d();
        ad.sub(d, a);
        Vector3d cross = new Vector3d();
        cross.cross(ac, ad);
        double volume = ab.dot(cross);
        if (Math.abs(volume) < 1e-3) {
            return false; // flat: no configuration at all
        }
        ITetrahedralChirality.Stereo seen = volume > 0 ? ITetrahedralChirality.Stereo.CLOCKWISE
                : ITetrahedralChirality.Stereo.ANTI_CLOCKWISE;
        return seen == tc.getStereo();
    }

    /** The two substituents named by the element are on the same side exactly when cos(dihedral) > 0. */
    static boolean doubleBondHolds(IDoubleBondStereochemistry db) {
        IBond stereoBond = db.getStereoBond();
        IBond[] carriers = db.getBonds();
        IAtom u = onDoubleBond(carriers[0], stereoBond);
        IAtom v = onDoubleBond(carriers[1], stereoBond);
        if (u == v) {
            return false;
        }
        IAtom x = carriers[0].getOther(u);
        IAtom y = carriers[1].getOther(v);
        Vector3d b1 = new Vector3d();
        b1.sub(u.getPoint3d(), x.getPoint3d());
        Vector3d b2 = new Vector3d();
        b2.sub(v.getPoint3d(), u.getPoint3d());
        Vector3d b3 = new Vector3d();
        b3.sub(y.getPoint3d(), v.getPoint3d());
        Vector3d n1 = new Vector3d();
        n1.cross(b1, b2);
        Vector3d n2 = new Vector3d();
        n2.cross(b2, b3);
        double cos = n1.dot(n2) / (n1.length() * n2.length());
        if (!Double.isFinite(cos) || Math.abs(cos) < 0.05) {
            return false; // twisted to about 90 degrees, or degenerate: no configuration
        }
        IDoubleBondStereochemistry.Conformation seen = cos > 0 ? IDoubleBondStereochemistry.Conformation.TOGETHER
                : IDoubleBondStereochemistry.Conformation.OPPOSITE;
        return seen == db.getStereo();
    }

    private static IAtom onDoubleBond(IBond carrier, IBond stereoBond) {
        return stereoBond.contains(carrier.getBegin()) ? carrier.getBegin() : carrier.getEnd();
    }

    private static Point3d point(IAtom ligand, IAtom focus) {
        return ligand.getPoint3d() != null ? ligand.getPoint3d() : focus.getPoint3d();
    }
}
