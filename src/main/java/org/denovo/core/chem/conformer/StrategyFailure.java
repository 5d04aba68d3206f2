package org.denovo.core.chem.conformer;

/** A generator could not produce coordinates; {@link #reason()} is a short label for counting. */
final class StrategyFailure extends Exception {
    private final String reason;

    StrategyFailure(String reason, String message) {
        super(message);
        this.reason = reason;
    }

    String reason() {
        return reason;
    }
}
