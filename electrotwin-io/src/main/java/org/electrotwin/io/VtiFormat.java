package org.electrotwin.io;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.electrotwin.core.volume.LabeledVolume;
import org.electrotwin.core.volume.PhaseTable;

/**
 * VTK XML ImageData ({@code .vti}) volumes, written by {@link VtiWriter}. The reader handles the
 * files we write and others of the same form: uncompressed appended raw data
 * ({@code header_type} UInt32 or UInt64), a uint8 cell array named {@code phase} (or the active
 * cell scalars), cubic {@code Spacing} in metres and phase names in FieldData arrays
 * {@code phase:<name>}.
 */
public final class VtiFormat implements VolumeFormat {
    private static final Pattern ATTR = Pattern.compile("([A-Za-z_:]+)\\s*=\\s*\"([^\"]*)\"");
    private static final Pattern ARRAY = Pattern.compile("<DataArray\\b([^>]*?)(/>|>([^<]*)</DataArray>)", Pattern.DOTALL);
    private static final int MAX_HEAD = 1 << 20;

    @Override
    public String name() {
        return "vti";
    }

    @Override
    public List<String> extensions() {
        return List.of("vti");
    }

    @Override
    public void write(Path file, LabeledVolume v) {
        VtiWriter.write(file, v.nx(), v.ny(), v.nz(), v.voxelSizeM(), Map.of(), v);
    }

    @Override
    public LabeledVolume read(Path file, ReadOptions options) {
        return FileErrors.guard(file, "VTK ImageData (.vti)", () -> {
            try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
                long size = ch.size();
                byte[] headBytes = new byte[(int) Math.min(size, MAX_HEAD)];
                ChannelInput.readFully(ch, 0, headBytes, 0, headBytes.length);
                String head = new String(headBytes, StandardCharsets.ISO_8859_1);
                int app = head.indexOf("<AppendedData");
                if (!head.startsWith("<?xml") && !head.startsWith("<VTKFile") || app < 0) {
                    throw FileErrors.bad(file, "no <AppendedData> section in a VTK XML header", "a .vti file with appended raw data");
                }
                int gt = head.indexOf('>', app);
                int underscore = gt < 0 ? -1 : head.indexOf('_', gt);
                String xml = head.substring(0, app);
                Map<String, String> vtk = attributes(element(file, xml, "VTKFile"));
                Map<String, String> image = attributes(element(file, xml, "ImageData"));
                if (!"ImageData".equals(vtk.get("type"))) {
                    throw FileErrors.bad(file, "VTK type '" + vtk.get("type") + "'", "ImageData");
                }
                if (vtk.containsKey("compressor")) {
                    throw FileErrors.bad(file, "compressed data (" + vtk.get("compressor") + ")", "uncompressed appended data (as electrotwin writes)");
                }
                if (underscore < 0 || !head.substring(app, gt).contains("encoding=\"raw\"")) {
                    throw FileErrors.bad(file, "appended data not in raw encoding", "<AppendedData encoding=\"raw\">");
                }
                int headerBytes = "UInt64".equals(vtk.getOrDefault("header_type", "UInt32")) ? 8 : 4;
                ByteOrder order = "BigEndian".equals(vtk.get("byte_order")) ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN;
                long[] ext = numbers(file, image.get("WholeExtent"), "WholeExtent", 6);
                long nx = ext[1] - ext[0], ny = ext[3] - ext[2], nz = ext[5] - ext[4];
                int n = Shapes.checkedVoxelCount(file, nx, ny, nz, 1);

                Map<String, String> phaseArray = null;
                String cell = section(xml, "CellData");
                String scalars = cell == null ? null : attributes(cell.substring(0, cell.indexOf('>') + 1)).get("Scalars");
                Map<String, Map<String, String>> cellArrays = new HashMap<>();
                for (Matcher m = ARRAY.matcher(cell == null ? "" : cell); m.find(); ) {
                    Map<String, String> a = attributes(m.group(1));
                    cellArrays.put(a.get("Name"), a);
                }
                phaseArray = cellArrays.getOrDefault(VtiWriter.PHASE_ARRAY, cellArrays.get(scalars));
                if (phaseArray == null) {
                    throw FileErrors.bad(file, "no cell array named 'phase'", "a uint8 CellData array 'phase' with one label per voxel");
                }
                if (!"UInt8".equals(phaseArray.get("type")) || !"appended".equals(phaseArray.get("format"))
                        || !"1".equals(phaseArray.getOrDefault("NumberOfComponents", "1"))) {
                    throw FileErrors.bad(file, "cell array '" + phaseArray.get("Name") + "' is " + phaseArray.get("type") + " "
                            + phaseArray.get("format"), "a UInt8 single-component appended array");
                }
                long dataStart = underscore + 1 + numbers(file, phaseArray.get("offset"), "offset", 1)[0];
                if (dataStart + headerBytes + n > size) {
                    throw FileErrors.bad(file, "truncated: " + size + " bytes", "at least " + (dataStart + headerBytes + n)
                            + " for " + nx + "x" + ny + "x" + nz + " uint8 labels");
                }
                ByteBuffer hb = ChannelInput.readFully(ch, dataStart, headerBytes).order(order);
                long count = headerBytes == 8 ? hb.getLong(0) : hb.getInt(0) & 0xFFFFFFFFL;
                if (count != n) {
                    throw FileErrors.bad(file, "phase block of " + count + " bytes", n + " bytes (one per cell of the extent)");
                }
                byte[] labels = new byte[n];
                ChannelInput.readFully(ch, dataStart + headerBytes, labels, 0, n);

                Double voxel = null;
                if (options.voxelSizeMOrNull() == null) {
                    double[] sp = doubles(file, image.getOrDefault("Spacing", "1 1 1"));
                    if (Math.abs(sp[0] - sp[1]) > 1e-9 * sp[0] || Math.abs(sp[0] - sp[2]) > 1e-9 * sp[0]) {
                        throw FileErrors.bad(file, "Spacing " + image.get("Spacing"), "cubic voxels (equal spacing on x, y, z)");
                    }
                    voxel = sp[0];
                }
                return new LabeledVolume((int) nx, (int) ny, (int) nz, options.voxelSizeM(voxel),
                        options.phases(phaseNames(file, section(xml, "FieldData"))), labels);
            }
        });
    }

    private static PhaseTable phaseNames(Path file, String fieldData) {
        if (fieldData == null) {
            return null;
        }
        Map<Integer, String> m = new LinkedHashMap<>();
        for (Matcher x = ARRAY.matcher(fieldData); x.find(); ) {
            String name = attributes(x.group(1)).get("Name");
            if (name != null && name.startsWith(VtiWriter.PHASE_NAME_PREFIX) && x.group(3) != null) {
                long label = numbers(file, x.group(3), "FieldData " + name, 1)[0];
                m.put((int) label, name.substring(VtiWriter.PHASE_NAME_PREFIX.length()));
            }
        }
        return m.isEmpty() ? null : PhaseTable.of(m);
    }

    private static String element(Path file, String xml, String tag) {
        int i = xml.indexOf("<" + tag);
        if (i < 0) {
            throw FileErrors.bad(file, "no <" + tag + "> element", "a VTK XML ImageData file");
        }
        return xml.substring(i, xml.indexOf('>', i) + 1);
    }

    /** The text from {@code <tag} to {@code </tag>}, or null. */
    private static String section(String xml, String tag) {
        int i = xml.indexOf("<" + tag);
        int j = xml.indexOf("</" + tag + ">", Math.max(i, 0));
        return i < 0 || j < 0 ? null : xml.substring(i, j);
    }

    private static Map<String, String> attributes(String s) {
        Map<String, String> m = new HashMap<>();
        for (Matcher a = ATTR.matcher(s); a.find(); ) {
            m.put(a.group(1), a.group(2));
        }
        return m;
    }

    private static long[] numbers(Path file, String text, String what, int count) {
        String[] parts = text == null ? new String[0] : text.strip().split("\\s+");
        if (parts.length != count) {
            throw FileErrors.bad(file, what + " '" + text + "'", count + " integers");
        }
        long[] r = new long[count];
        for (int i = 0; i < count; i++) {
            try {
                r[i] = Long.parseLong(parts[i]);
            } catch (NumberFormatException e) {
                throw FileErrors.bad(file, what + " '" + text + "'", count + " integers");
            }
        }
        return r;
    }

    private static double[] doubles(Path file, String text) {
        String[] parts = text.strip().split("\\s+");
        double[] r = new double[3];
        try {
            for (int i = 0; i < 3; i++) {
                r[i] = Double.parseDouble(parts[i]);
            }
        } catch (RuntimeException e) {
            throw FileErrors.bad(file, "Spacing '" + text + "'", "three positive numbers");
        }
        if (!(r[0] > 0) || Double.isInfinite(r[0])) {
            throw FileErrors.bad(file, "Spacing '" + text + "'", "three positive numbers (metres)");
        }
        return r;
    }
}
