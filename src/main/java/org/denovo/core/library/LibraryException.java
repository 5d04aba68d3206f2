package org.denovo.core.library;

import java.io.IOException;

/** A library problem the user can act on (busy, read-only, full disk, not a library); the message says which. */
public final class LibraryException extends IOException {
    public LibraryException(String message) {
        super(message);
    }

    public LibraryException(String message, Throwable cause) {
        super(message, cause);
    }
}
