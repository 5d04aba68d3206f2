package org.denovo.core.run;

/** Receives one message per skipped record as it happens, e.g. to print it. */
@FunctionalInterface
public interface ProblemLog {
    ProblemLog NONE = message -> { };

    void skipped(String message);

    /** A record that was kept, but with part of it ignored; the message says what and why. */
    default void ignoredPart(String message) {
    }
}
