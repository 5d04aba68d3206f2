package org.denovo.core.chem.conformer;

/**
 * One 3D structure of a molecule.
 *
 * @param canonicalSmiles the molecule's identity (as {@link org.denovo.core.chem.structure.Molecules#canonicalSmiles})
 * @param molBlock V2000 molfile block (V3000 above 999 atoms or bonds) with 3D coordinates and explicit
 *     hydrogens, from the header to {@code M  END}; atoms in the order of the SMILES, then the hydrogens
 * @param method {@link ConformerMethod#id()} of the generator that made the coordinates
 * @param check the geometry check of these coordinates
 * @param stereoPreserved the coordinates have the configuration of every stereocentre and stereo double bond
 *     the SMILES specifies (always true when it specifies none)
 * @param nanos wall-clock time of {@link ConformerBuilder#build}, all generators tried included
 * @param cpuNanos CPU time of {@link ConformerBuilder#build} on the calling and the generator thread (less than
 *     {@code nanos} on a busy machine)
 * @param cutShort not usable, and a builder with a per-molecule budget stopped before trying everything: a
 *     builder without that limit may do better
 */
public record Conformer(String canonicalSmiles, String molBlock, String method, GeometryCheck check,
        boolean stereoPreserved, long nanos, long cpuNanos, boolean cutShort) {

    /** Sane geometry with the stereochemistry of the SMILES: fit to show. */
    public boolean usable() {
        return check.sane() && stereoPreserved;
    }

    /** Why these coordinates are not {@link #usable()}, or null when they are. */
    public String failure() {
        String geometry = check.failure();
        return geometry != null ? geometry : stereoPreserved ? null : STEREO_LOST;
    }

    /** Failure label for coordinates with a stereocentre or double bond of the wrong configuration. */
    public static final String STEREO_LOST = "stereo configuration lost";
}
