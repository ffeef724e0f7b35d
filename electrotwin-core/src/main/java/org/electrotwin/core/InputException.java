package org.electrotwin.core;

/**
 * A mistake in what the user gave us (a recipe field, a volume file, a command-line value).
 * The CLI prints {@link #getMessage()} as one line and exits with code 2; never a stack trace.
 * The message names the file, the field (and line where known) and what was expected.
 */
public class InputException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public InputException(String message) {
        super(oneLine(message));
    }

    public InputException(String message, Throwable cause) {
        super(oneLine(message), cause);
    }

    private static String oneLine(String message) {
        return message == null ? "invalid input" : message.replaceAll("\\s*\\R\\s*", " ").strip();
    }
}
