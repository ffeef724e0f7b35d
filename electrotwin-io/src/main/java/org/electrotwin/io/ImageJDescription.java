package org.electrotwin.io;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.electrotwin.core.volume.LabeledVolume;
import org.electrotwin.core.volume.PhaseTable;

/**
 * The ImageJ TIFF ImageDescription: {@code key=value} lines starting with {@code ImageJ=}
 * ({@code images}, {@code slices}, {@code unit}, {@code spacing}, ...). ImageJ keeps the pixel
 * width as 1/XResolution in {@code unit}s and the slice spacing in the description. We add two
 * keys that ImageJ ignores: {@code phases=0=pore,1=am} and {@code voxelSizeM=} (the exact double,
 * so a round trip loses nothing to decimal micrometres).
 */
final class ImageJDescription {
    static final String PHASES = "phases";
    static final String VOXEL_SIZE_M = "voxelSizeM";

    private final Map<String, String> entries;

    private ImageJDescription(Map<String, String> entries) {
        this.entries = entries;
    }

    /** Parses a description; null if it is not an ImageJ one. */
    static ImageJDescription parse(String description) {
        if (description == null || !description.startsWith("ImageJ=")) {
            return null;
        }
        Map<String, String> m = new LinkedHashMap<>();
        for (String line : description.split("\\R")) {
            int eq = line.indexOf('=');
            if (eq > 0) {
                m.put(line.substring(0, eq).strip(), line.substring(eq + 1).replace("\0", "").strip());
            }
        }
        return new ImageJDescription(m);
    }

    String get(String key) {
        return entries.get(key);
    }

    /** A numeric entry, or null if absent or not a number. */
    Double number(String key) {
        String v = entries.get(key);
        if (v == null) {
            return null;
        }
        try {
            double d = Double.parseDouble(v);
            return Double.isFinite(d) ? d : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /**
     * Metres per ImageJ unit: micron/µm/um, nm, mm, cm, m, inch. Null if the unit is absent or
     * "pixel" (no physical scale); {@code NaN} if it is a unit we do not know.
     */
    Double metresPerUnit() {
        String u = entries.get("unit");
        if (u == null) {
            return null;
        }
        String s = u.replace("\\u00B5", "u").replace("\\u00b5", "u").replace('\u00B5', 'u').replace('\u03BC', 'u')
                .toLowerCase(Locale.ROOT).strip();
        if (s.matches("[^\\x00-\\x7F]+m")) {
            s = "um"; // a raw Latin-1 or UTF-8 'µ' that the TIFF ASCII decoder could not map
        }
        return switch (s) {
            case "pixel", "pixels", "" -> null;
            case "micron", "microns", "um", "micrometer", "micrometers", "micrometre", "micrometres" -> 1e-6;
            case "nm", "nanometer", "nanometers", "nanometre", "nanometres" -> 1e-9;
            case "mm", "millimeter", "millimeters", "millimetre", "millimetres" -> 1e-3;
            case "cm", "centimeter", "centimeters", "centimetre", "centimetres" -> 1e-2;
            case "m", "meter", "meters", "metre", "metres" -> 1.0;
            case "inch", "inches", "in" -> 0.0254;
            default -> Double.NaN;
        };
    }

    String unit() {
        return entries.get("unit");
    }

    /** The description we write for a volume (ImageJ reads the first lines, ignores ours). */
    static String format(LabeledVolume v) {
        // decimal shift, not a multiplication: 3.98E-7 m is written 0.398, not 0.39799999999999996
        String um = new java.math.BigDecimal(Double.toString(v.voxelSizeM())).movePointRight(6).stripTrailingZeros().toPlainString();
        StringBuilder sb = new StringBuilder("ImageJ=1.11a\n");
        if (v.nz() > 1) {
            sb.append("images=").append(v.nz()).append('\n');
            sb.append("slices=").append(v.nz()).append('\n');
        }
        sb.append("unit=micron\n");
        sb.append("spacing=").append(um).append('\n');
        sb.append("loop=false\n");
        PhaseTable p = v.phases();
        if (p.labels().length > 0) {
            sb.append(PHASES).append('=').append(p).append('\n');
        }
        sb.append(VOXEL_SIZE_M).append('=').append(v.voxelSizeM()).append('\n');
        return sb.toString();
    }
}
