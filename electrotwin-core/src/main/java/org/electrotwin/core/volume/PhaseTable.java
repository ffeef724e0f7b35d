package org.electrotwin.core.volume;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.electrotwin.core.InputException;

/**
 * Maps voxel labels (0..255) to phase names. The default (DESIGN §4.3) is
 * 0 pore, 1 am, 2 cbd, 3 se; users may name their own phases ("0=pore,85=am,170=cbd").
 * Immutable; labels are kept in ascending order.
 */
public final class PhaseTable {
    public static final String PORE = "pore";
    public static final String AM = "am";
    public static final String CBD = "cbd";
    public static final String SE = "se";

    private final String[] names = new String[256];

    private PhaseTable(Map<Integer, String> byLabel) {
        byLabel.forEach((label, name) -> {
            if (label < 0 || label > 255) {
                throw new InputException("phase label " + label + " is outside 0..255");
            }
            if (name == null || !name.matches("[A-Za-z][A-Za-z0-9_-]*")) {
                throw new InputException("phase name '" + name + "' for label " + label
                        + ": expected a word of letters, digits, '_' or '-'");
            }
            names[label] = name;
        });
        long distinct = Arrays.stream(names).filter(Objects::nonNull).distinct().count();
        if (distinct != byLabel.size()) {
            throw new InputException("phase table " + byLabel + " gives the same name to two labels");
        }
    }

    public static PhaseTable of(Map<Integer, String> byLabel) {
        return new PhaseTable(byLabel);
    }

    /** 0 pore, 1 am, 2 cbd, 3 se. */
    public static PhaseTable defaults() {
        Map<Integer, String> m = new LinkedHashMap<>();
        m.put(0, PORE);
        m.put(1, AM);
        m.put(2, CBD);
        m.put(3, SE);
        return new PhaseTable(m);
    }

    /** Parses {@code "0=pore,85=am,170=cbd"}. */
    public static PhaseTable parse(String spec) {
        Map<Integer, String> m = new LinkedHashMap<>();
        for (String part : spec.split(",")) {
            String[] kv = part.strip().split("=");
            if (kv.length != 2) {
                throw new InputException("--phases '" + spec + "': expected LABEL=NAME pairs separated by commas, e.g. 0=pore,1=am,2=cbd");
            }
            try {
                m.put(Integer.parseInt(kv[0].strip()), kv[1].strip());
            } catch (NumberFormatException e) {
                throw new InputException("--phases '" + spec + "': label '" + kv[0].strip() + "' is not an integer 0..255");
            }
        }
        return new PhaseTable(m);
    }

    /** The name of a label, or {@code "label<N>"} for labels the table does not name. */
    public String name(int label) {
        String n = names[label & 0xFF];
        return n != null ? n : "label" + (label & 0xFF);
    }

    public boolean isNamed(int label) {
        return names[label & 0xFF] != null;
    }

    /** The label carrying a name, or -1. */
    public int labelOf(String name) {
        for (int i = 0; i < 256; i++) {
            if (name.equals(names[i])) {
                return i;
            }
        }
        return -1;
    }

    /** The named labels in ascending order. */
    public int[] labels() {
        return java.util.stream.IntStream.range(0, 256).filter(i -> names[i] != null).toArray();
    }

    /** label → name, ascending labels (the form of the properties JSON "phases" map). */
    public Map<Integer, String> asMap() {
        Map<Integer, String> m = new LinkedHashMap<>();
        for (int l : labels()) {
            m.put(l, names[l]);
        }
        return m;
    }

    /** Same names, plus a generic name for every label present in the volume that the table lacks. */
    public PhaseTable completedWith(int[] labelsPresent) {
        Map<Integer, String> m = asMap();
        for (int l : labelsPresent) {
            m.putIfAbsent(l, "label" + l);
        }
        return new PhaseTable(m);
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        for (int l : labels()) {
            if (sb.length() > 0) {
                sb.append(',');
            }
            sb.append(l).append('=').append(names[l]);
        }
        return sb.toString();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PhaseTable p && Arrays.equals(names, p.names);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(names);
    }
}
