package org.denovo.core.chem;

import org.openscience.cdk.exception.CDKException;
import org.openscience.cdk.fingerprint.CircularFingerprinter;
import org.openscience.cdk.interfaces.IAtomContainer;

/** ECFP4 fingerprints (radius 2, 2048 bits). One instance per thread. */
public final class Fingerprints {
    public static final int ECFP4_BITS = 2048;
    private final CircularFingerprinter ecfp4 = new CircularFingerprinter(CircularFingerprinter.CLASS_ECFP4, ECFP4_BITS);

    public Fingerprint ecfp4(IAtomContainer mol) throws CDKException {
        return Fingerprint.of(ecfp4.getBitFingerprint(mol).asBitSet(), ECFP4_BITS);
    }
}
