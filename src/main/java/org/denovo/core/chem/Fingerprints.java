package org.denovo.core.chem;

import org.openscience.cdk.exception.CDKException;
import org.openscience.cdk.fingerprint.CircularFingerprinter;
import org.openscience.cdk.interfaces.IAtomContainer;

/**
 * ECFP4 fingerprints (CDK, radius 2, 2048 bits) and RDKit-compatible Morgan fingerprints
 * ({@link MorganFingerprint}). One instance per thread.
 */
public final class Fingerprints {
    public static final int ECFP4_BITS = 2048;
    private final CircularFingerprinter ecfp4 = new CircularFingerprinter(CircularFingerprinter.CLASS_ECFP4, ECFP4_BITS);

    public Fingerprint ecfp4(IAtomContainer mol) throws CDKException {
        return Fingerprint.of(ecfp4.getBitFingerprint(mol).asBitSet(), ECFP4_BITS);
    }

    /** RDKit's GetMorganFingerprintAsBitVect(mol, radius, bits), bit for bit; see {@link MorganFingerprint}. */
    public Fingerprint morgan(IAtomContainer mol, int radius, int bits) {
        return MorganFingerprint.of(mol, radius, bits);
    }
}
