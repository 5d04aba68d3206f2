package org.denovo.core.score;

/** A profile that cannot be used, with the file and line to fix. */
public final class ProfileException extends Exception {
    private final String file;
    private final int line;

    public ProfileException(String file, int line, String message) {
        super(file + (line > 0 ? ":" + line : "") + ": " + message);
        this.file = file;
        this.line = line;
    }

    public String file() {
        return file;
    }

    public int line() {
        return line;
    }
}
