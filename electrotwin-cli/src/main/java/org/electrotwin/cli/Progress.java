package org.electrotwin.cli;

/** Progress lines on stderr, with the elapsed time since the command started. */
final class Progress {
    private static final long START = System.nanoTime();

    private Progress() {}

    static void say(String what) {
        System.err.printf(java.util.Locale.ROOT, "[%6.1f s] %s%n", (System.nanoTime() - START) / 1e9, what);
    }
}
