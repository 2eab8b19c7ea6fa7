package org.blocktune.app.cli;

/** A problem with the user's input, printed as one plain message with exit code {@link ExitCodes#BAD_INPUT}. */
final class UserError extends RuntimeException {
    UserError(String message) {
        super(message);
    }

    UserError(String message, Throwable cause) {
        super(message, cause);
    }
}
