package org.electrotwin.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.electrotwin.core.volume.LabeledVolume;

/**
 * NumPy {@code .npy} (format versions 1.0, 2.0, 3.0; see numpy.lib.format). A 3D array is
 * {@code (z, y, x)} — what {@code tifffile.imread} returns for a stack — so in C order x is
 * fastest, exactly like {@link LabeledVolume}; a 2D array {@code (y, x)} is one slice.
 *
 * <p>Reads integer and boolean dtypes ({@code |u1 |b1 |i1}, 2-, 4- and 8-byte signed and
 * unsigned of either byte order), C or Fortran order; values must lie in 0..255. Writes
 * {@code |u1}, C order, version 1.0. The format carries no voxel size or phase table: they
 * come from {@link ReadOptions} or the defaults ({@link VolumeIO#DEFAULT_VOXEL_SIZE_M} = 1 µm).
 */
public final class NpyFormat implements VolumeFormat {
    private static final byte[] MAGIC = {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y'};
    private static final Pattern DESCR = Pattern.compile("'descr'\\s*:\\s*'([^']*)'");
    private static final Pattern FORTRAN = Pattern.compile("'fortran_order'\\s*:\\s*(True|False)");
    private static final Pattern SHAPE = Pattern.compile("'shape'\\s*:\\s*\\(([^)]*)\\)");
    private static final int MAX_HEADER = 1 << 20;

    @Override
    public String name() {
        return "npy";
    }

    @Override
    public List<String> extensions() {
        return List.of("npy");
    }

    /** A parsed header: element type and shape as (nz, ny, nx). */
    record Header(String descr, int itemBytes, boolean signed, boolean bigEndian, boolean fortranOrder,
                  long nz, long ny, long nx, long dataOffset) {
    }

    @Override
    public LabeledVolume read(Path file, ReadOptions options) {
        return FileErrors.guard(file, "NumPy .npy", () -> {
            try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
                Header h = readHeader(file, ch);
                int n = Shapes.checkedVoxelCount(file, h.nx, h.ny, h.nz, h.fortranOrder ? 2 : 1);
                long dataBytes = (long) n * h.itemBytes;
                long have = ch.size() - h.dataOffset;
                if (have != dataBytes) {
                    throw FileErrors.bad(file, (have < dataBytes ? "truncated: " : "too long: ") + have
                            + " data bytes after the header", dataBytes + " for shape " + shapeText(h) + " of '" + h.descr + "'");
                }
                byte[] fileOrder = decode(file, ch, h, n);
                int nx = (int) h.nx, ny = (int) h.ny, nz = (int) h.nz;
                byte[] labels = h.fortranOrder ? fromFortran(fileOrder, nx, ny, nz) : fileOrder;
                return new LabeledVolume(nx, ny, nz, options.voxelSizeM(null), options.phases(null), labels);
            }
        });
    }

    static Header readHeader(Path file, FileChannel ch) throws IOException {
        if (ch.size() < 10) {
            throw FileErrors.bad(file, "only " + ch.size() + " bytes", "a NumPy header of at least 10 bytes");
        }
        ByteBuffer pre = ChannelInput.readFully(ch, 0, 12 > ch.size() ? 10 : 12).order(ByteOrder.LITTLE_ENDIAN);
        for (int i = 0; i < MAGIC.length; i++) {
            if (pre.get(i) != MAGIC[i]) {
                throw FileErrors.bad(file, "does not start with the NumPy magic string", "\\x93NUMPY (a file written by numpy.save)");
            }
        }
        int major = pre.get(6) & 0xFF;
        long headerLen;
        int start;
        if (major == 1) {
            headerLen = pre.getShort(8) & 0xFFFF;
            start = 10;
        } else if (major == 2 || major == 3) {
            if (pre.limit() < 12) {
                throw FileErrors.bad(file, "truncated header", "a 4-byte header length for format version " + major);
            }
            headerLen = pre.getInt(8) & 0xFFFFFFFFL;
            start = 12;
        } else {
            throw FileErrors.bad(file, "NumPy format version " + major + "." + (pre.get(7) & 0xFF), "version 1.0, 2.0 or 3.0");
        }
        if (headerLen > MAX_HEADER || start + headerLen > ch.size()) {
            throw FileErrors.bad(file, "header of " + headerLen + " bytes in a file of " + ch.size(), "a complete NumPy header");
        }
        ByteBuffer hb = ChannelInput.readFully(ch, start, (int) headerLen);
        String text = new String(hb.array(), major == 3 ? StandardCharsets.UTF_8 : StandardCharsets.ISO_8859_1);
        Matcher d = DESCR.matcher(text);
        Matcher f = FORTRAN.matcher(text);
        Matcher s = SHAPE.matcher(text);
        if (!d.find() || !f.find() || !s.find()) {
            throw FileErrors.bad(file, "header " + text.strip() + " lacks a simple 'descr', 'fortran_order' or 'shape'",
                    "a plain integer array header");
        }
        String descr = d.group(1);
        if (descr.length() != 3 || "<>|=".indexOf(descr.charAt(0)) < 0 || "ubi".indexOf(descr.charAt(1)) < 0
                || "1248".indexOf(descr.charAt(2)) < 0 || (descr.charAt(1) == 'b' && descr.charAt(2) != '1')) {
            throw FileErrors.bad(file, "dtype '" + descr + "'", "an integer or boolean dtype (|u1, |b1, |i1, <i2, <u2, <i4, <u4, <i8, <u8 or big-endian)");
        }
        int itemBytes = descr.charAt(2) - '0';
        boolean signed = descr.charAt(1) == 'i';
        boolean big = descr.charAt(0) == '>';
        List<Long> dims = new ArrayList<>();
        for (String part : s.group(1).split(",")) {
            String p = part.strip().toUpperCase(Locale.ROOT).replace("L", "");
            if (!p.isEmpty()) {
                try {
                    dims.add(Long.parseLong(p));
                } catch (NumberFormatException e) {
                    throw FileErrors.bad(file, "shape (" + s.group(1) + ")", "integer sizes");
                }
            }
        }
        long nz, ny, nx;
        if (dims.size() == 3) {
            nz = dims.get(0);
            ny = dims.get(1);
            nx = dims.get(2);
        } else if (dims.size() == 2) {
            nz = 1;
            ny = dims.get(0);
            nx = dims.get(1);
        } else {
            throw FileErrors.bad(file, dims.size() + "-dimensional array of shape (" + s.group(1).strip() + ")",
                    "a 3D array (z, y, x) or a 2D slice (y, x)");
        }
        return new Header(descr, itemBytes, signed, big, f.group(1).equals("True"), nz, ny, nx, start + headerLen);
    }

    private static String shapeText(Header h) {
        return "(" + h.nz + ", " + h.ny + ", " + h.nx + ")";
    }

    /** Reads the elements in file order into bytes, checking every value lies in 0..255. */
    private static byte[] decode(Path file, FileChannel ch, Header h, int n) throws IOException {
        byte[] out = new byte[n];
        if (h.itemBytes == 1 && !h.signed) {
            ChannelInput.readFully(ch, h.dataOffset, out, 0, n);
            return out;
        }
        int chunk = (1 << 22) / h.itemBytes;
        byte[] raw = new byte[chunk * h.itemBytes];
        ByteBuffer bb = ByteBuffer.wrap(raw).order(h.bigEndian ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN);
        long min = Long.MAX_VALUE, max = Long.MIN_VALUE;
        boolean unsigned64 = h.itemBytes == 8 && !h.signed;
        for (int i0 = 0; i0 < n; i0 += chunk) {
            int m = Math.min(chunk, n - i0);
            ChannelInput.readFully(ch, h.dataOffset + (long) i0 * h.itemBytes, raw, 0, m * h.itemBytes);
            for (int j = 0; j < m; j++) {
                long v = switch (h.itemBytes) {
                    case 1 -> raw[j];
                    case 2 -> h.signed ? bb.getShort(2 * j) : bb.getShort(2 * j) & 0xFFFF;
                    case 4 -> h.signed ? bb.getInt(4 * j) : bb.getInt(4 * j) & 0xFFFFFFFFL;
                    default -> bb.getLong(8 * j);
                };
                if (unsigned64 && v < 0) {
                    v = Long.MAX_VALUE; // beyond 2^63: out of range anyway
                }
                min = Math.min(min, v);
                max = Math.max(max, v);
                out[i0 + j] = (byte) v;
            }
        }
        if (min < 0 || max > 255) {
            throw FileErrors.bad(file, "values of dtype '" + h.descr + "' range from " + min + " to " + max,
                    "labels in 0..255 (relabel or convert to uint8 first)");
        }
        return out;
    }

    /** Fortran order of (z, y, x) has z fastest; reorders to x fastest. */
    static byte[] fromFortran(byte[] f, int nx, int ny, int nz) {
        byte[] out = new byte[f.length];
        IntStream.range(0, nz).parallel().forEach(z -> {
            for (int y = 0; y < ny; y++) {
                int o = nx * (y + ny * z);
                for (int x = 0; x < nx; x++) {
                    out[o + x] = f[z + nz * (y + ny * x)];
                }
            }
        });
        return out;
    }

    @Override
    public void write(Path file, LabeledVolume v) {
        String dict = "{'descr': '|u1', 'fortran_order': False, 'shape': (" + v.nz() + ", " + v.ny() + ", " + v.nx() + "), }";
        int total = 10 + dict.length() + 1;
        int padded = (total + 63) / 64 * 64;
        String header = dict + " ".repeat(padded - total) + "\n";
        FileErrors.writeAtomically(file, ch -> {
            ChannelOutput out = new ChannelOutput(ch, ByteOrder.LITTLE_ENDIAN);
            out.bytes(MAGIC, 0, MAGIC.length);
            out.u8(1);
            out.u8(0);
            out.u16(header.length());
            out.ascii(header);
            out.bytes(v.labels(), 0, v.voxelCount());
            out.flush();
        });
    }
}
