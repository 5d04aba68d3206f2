package org.denovo.core.chem.conformer;

import java.util.Locale;

/** The 3D coordinate generators {@link ConformerBuilder} can use; each is checked the same way. */
public enum ConformerMethod {
    /** CDK's {@code ModelBuilder3D}: ring templates, MM2 parameters for chains; no stereo, no minimisation. */
    CDK("cdk"),
    /** CDK's {@code ModelBuilder3D}, then an MMFF94s+ minimisation with OpenChemLib's force field. */
    CDK_MMFF("cdk-mmff"),
    /**
     * OpenChemLib's {@code ConformerGenerator}: rigid fragments (from OpenChemLib's shipped fragment cache, or up
     * to 16 self-organised conformers each) joined at the most likely collision-free torsions from
     * crystal-structure statistics; then MMFF94s+.
     */
    OPENCHEMLIB("openchemlib"),
    /**
     * OpenChemLib's {@code ConformationSelfOrganizer} on the whole molecule, one conformer (what
     * {@code ConformerGenerator} itself does for molecules without rotatable bonds); then MMFF94s+.
     */
    OPENCHEMLIB_SO("openchemlib-so");

    private final String id;

    ConformerMethod(String id) {
        this.id = id;
    }

    /** The name used in results and on the command line. */
    public String id() {
        return id;
    }

    public static ConformerMethod of(String id) {
        for (ConformerMethod m : values()) {
            if (m.id.equals(id.toLowerCase(Locale.ROOT))) {
                return m;
            }
        }
        throw new IllegalArgumentException("unknown 3D method '" + id + "' (cdk, cdk-mmff, openchemlib, openchemlib-so)");
    }
}
