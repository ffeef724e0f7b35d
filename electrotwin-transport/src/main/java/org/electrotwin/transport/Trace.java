package org.electrotwin.transport;

/** Phase timings on stderr when the JVM runs with {@code -Delectrotwin.trace=true}. */
final class Trace {
    private static final boolean ON = Boolean.getBoolean("electrotwin.trace");

    private Trace() {}

    static void lap(String what, long startNanos) {
        if (ON) {
            System.err.printf("[transport] %s: %.3f s%n", what, (System.nanoTime() - startNanos) / 1e9);
        }
    }
}
