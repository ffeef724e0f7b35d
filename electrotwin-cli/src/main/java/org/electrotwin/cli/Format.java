package org.electrotwin.cli;

import java.util.Locale;

/** Formatting of SI values in the units engineers read (µm, mg/cm², mAh/cm²) for tables on the terminal. */
final class Format {
    private Format() {}

    static String um(double m) {
        return String.format(Locale.ROOT, "%.2f µm", m * 1e6);
    }

    static String pct(double f) {
        return String.format(Locale.ROOT, "%.2f %%", f * 100);
    }

    static String num(double x) {
        return String.format(Locale.ROOT, "%.4g", x);
    }

    /** A two-column table with aligned names. */
    static String table(String[][] rows) {
        int w = 0;
        for (String[] r : rows) {
            w = Math.max(w, r[0].length());
        }
        StringBuilder sb = new StringBuilder();
        for (String[] r : rows) {
            sb.append("  ").append(r[0]).append(" ".repeat(w - r[0].length() + 2)).append(r[1]).append('\n');
        }
        return sb.toString();
    }
}
