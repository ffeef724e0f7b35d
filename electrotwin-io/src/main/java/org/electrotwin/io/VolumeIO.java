package org.electrotwin.io;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.electrotwin.core.InputException;
import org.electrotwin.core.volume.LabeledVolume;
import org.electrotwin.core.volume.PhaseTable;

/**
 * Reads and writes labelled volumes, choosing the format by file extension (DESIGN §4.3):
 * {@code .tif/.tiff} (multi-page, pages are z slices), {@code .npy} (array {@code (z, y, x)}),
 * {@code .raw} (+ JSON sidecar {@code same-name.json}) and {@code .vti} (VTK ImageData).
 *
 * <p>Files that carry no voxel size (NumPy, TIFFs without ImageJ metadata) get
 * {@link #DEFAULT_VOXEL_SIZE_M} = 1 µm unless the caller passes one; files that carry no phase
 * table get {@link PhaseTable#defaults()} (0 pore, 1 am, 2 cbd, 3 se).
 */
public final class VolumeIO {
    /** Voxel size assumed when neither the file nor the caller gives one: 1 µm. */
    public static final double DEFAULT_VOXEL_SIZE_M = 1e-6;

    private static final Map<String, VolumeFormat> BY_EXTENSION = register(
            new TiffFormat(), new NpyFormat(), new RawFormat(), new VtiFormat());

    private VolumeIO() {
    }

    private static Map<String, VolumeFormat> register(VolumeFormat... formats) {
        Map<String, VolumeFormat> m = new LinkedHashMap<>();
        for (VolumeFormat f : formats) {
            for (String ext : f.extensions()) {
                if (m.put(ext, f) != null) {
                    throw new IllegalStateException("two formats claim ." + ext);
                }
            }
        }
        return Collections.unmodifiableMap(m);
    }

    /** Registered formats by extension (lower case, no dot). */
    public static Map<String, VolumeFormat> formats() {
        return BY_EXTENSION;
    }

    /** The supported extensions, e.g. {@code [tif, tiff, npy, raw, vti]}. */
    public static List<String> supportedExtensions() {
        return new ArrayList<>(BY_EXTENSION.keySet());
    }

    /** The format for a file name, or an {@link InputException} naming the supported extensions. */
    public static VolumeFormat formatOf(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String ext = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
        VolumeFormat f = BY_EXTENSION.get(ext);
        if (f == null) {
            throw FileErrors.bad(file, dot < 0 ? "no file extension" : "unknown volume extension '." + ext + "'",
                    "one of ." + String.join(", .", BY_EXTENSION.keySet()));
        }
        return f;
    }

    public static LabeledVolume read(Path file) {
        return read(file, ReadOptions.NONE);
    }

    /** Reads a volume; a non-null phase table or voxel size overrides what the file says. */
    public static LabeledVolume read(Path file, PhaseTable phasesOrNull, Double voxelSizeMOrNull) {
        return read(file, new ReadOptions(phasesOrNull, voxelSizeMOrNull));
    }

    public static LabeledVolume read(Path file, ReadOptions options) {
        return formatOf(file).read(file, options);
    }

    /** Writes a volume in the format of the file's extension, atomically. */
    public static void write(Path file, LabeledVolume volume) {
        formatOf(file).write(file, volume);
    }
}
