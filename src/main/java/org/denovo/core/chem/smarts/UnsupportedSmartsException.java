package org.denovo.core.chem.smarts;

/**
 * The array matcher ({@link SubgraphPattern}) cannot evaluate a valid SMARTS (stereo, component grouping,
 * atom maps or a primitive it does not port); callers match that SMARTS with CDK instead.
 */
public final class UnsupportedSmartsException extends RuntimeException {
    public UnsupportedSmartsException(String message) {
        super(message);
    }
}
