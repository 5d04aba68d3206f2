package org.denovo.core.generate;

/** A model folder that cannot be used; the message names the file and what is wrong with it. */
public final class ModelLoadException extends Exception {
    public ModelLoadException(String message) {
        super(message);
    }

    public ModelLoadException(String message, Throwable cause) {
        super(message, cause);
    }
}
