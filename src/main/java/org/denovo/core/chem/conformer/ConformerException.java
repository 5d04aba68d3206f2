package org.denovo.core.chem.conformer;

/**
 * No 3D coordinates could be made: the SMILES is not a molecule, or every generator failed with an error or ran
 * out of time. {@link #reason()} is a short label for counting failures; the message says what happened.
 */
public final class ConformerException extends Exception {
    public static final String INVALID_SMILES = "invalid SMILES";
    public static final String TIMEOUT = "time budget exceeded";

    private final String reason;
    private final long nanos;
    private final long cpuNanos;

    public ConformerException(String reason, String message, long nanos, long cpuNanos, Throwable cause) {
        super(message, cause);
        this.reason = reason;
        this.nanos = nanos;
        this.cpuNanos = cpuNanos;
    }

    /** A short label for the kind of failure, for example {@value #INVALID_SMILES} or {@value #TIMEOUT}. */
    public String reason() {
        return reason;
    }

    /** Wall-clock time spent before giving up. */
    public long nanos() {
        return nanos;
    }

    /** CPU time spent before giving up (calling thread and generator thread). */
    public long cpuNanos() {
        return cpuNanos;
    }
}
