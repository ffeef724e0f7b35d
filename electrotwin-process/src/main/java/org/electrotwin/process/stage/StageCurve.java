package org.electrotwin.process.stage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** A table of one stage's curves (time, energy, thickness, pressure, porosity …), written as CSV. */
public final class StageCurve {
    private final List<String> columns;
    private final List<double[]> rows = new ArrayList<>();

    public StageCurve(String... columns) {
        this.columns = List.of(columns);
    }

    public void add(double... row) {
        if (row.length != columns.size()) {
            throw new IllegalArgumentException("row of " + row.length + " values for columns " + columns);
        }
        rows.add(row.clone());
    }

    public List<String> columns() {
        return columns;
    }

    public int size() {
        return rows.size();
    }

    /** One column as an array. */
    public double[] column(String name) {
        int c = columns.indexOf(name);
        if (c < 0) {
            throw new IllegalArgumentException("no column " + name + " in " + columns);
        }
        double[] out = new double[rows.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = rows.get(i)[c];
        }
        return out;
    }

    public void writeCsv(Path file) {
        StringBuilder sb = new StringBuilder(String.join(",", columns)).append('\n');
        for (double[] r : rows) {
            for (int c = 0; c < r.length; c++) {
                sb.append(c == 0 ? "" : ",").append(String.format(Locale.ROOT, "%.9g", r[c]));
            }
            sb.append('\n');
        }
        try {
            Files.writeString(file, sb);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }
}
