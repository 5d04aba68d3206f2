package org.denovo.cli;

/** A problem the user can fix; printed as one line without a stack trace. */
final class UserError extends RuntimeException {
    UserError(String message) {
        super(message);
    }
}
