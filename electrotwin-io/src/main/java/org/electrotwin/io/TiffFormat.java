package org.electrotwin.io;

import java.awt.image.ComponentSampleModel;
import java.awt.image.DataBuffer;
import java.awt.image.DataBufferByte;
import java.awt.image.Raster;
import java.io.IOException;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.stream.IntStream;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.plugins.tiff.BaselineTIFFTagSet;
import javax.imageio.plugins.tiff.TIFFDirectory;
import javax.imageio.plugins.tiff.TIFFField;
import javax.imageio.stream.FileImageInputStream;
import org.electrotwin.core.InputException;
import org.electrotwin.core.volume.LabeledVolume;
import org.electrotwin.core.volume.PhaseTable;

/**
 * Multi-page TIFF label stacks (DESIGN §4.3): page k is the slice z = k, x fastest within a page.
 *
 * <p>Reading uses the JDK's own {@code javax.imageio} TIFF plugin, so every baseline
 * compression Fiji writes (none, PackBits, LZW, Deflate) works; pages must be single-channel
 * integer images of up to 16 bits holding values 0..255, all of one size. The voxel size comes
 * from the ImageJ metadata (unit + XResolution for the pixel width, {@code spacing} for the
 * slice distance); without an ImageJ description the TIFF's resolution is ignored (most tools
 * write a nominal 72 dpi) and the default applies. The phase table comes from our extra
 * {@code phases=} description line.
 *
 * <p>Writing is done by hand (baseline, little-endian, 8-bit, one uncompressed strip per page)
 * with an ImageJ description and X/YResolution, so Fiji opens it as a stack with the right scale.
 */
public final class TiffFormat implements VolumeFormat {
    private static final int TAG_SAMPLE_FORMAT = 339;

    @Override
    public String name() {
        return "tiff";
    }

    @Override
    public List<String> extensions() {
        return List.of("tif", "tiff");
    }

    @Override
    public LabeledVolume read(Path file, ReadOptions options) {
        return FileErrors.guard(file, "TIFF", () -> {
            int pagesInFile = TiffLayout.pageCount(file);
            ImageReader reader = jdkTiffReader();
            try (FileImageInputStream in = new FileImageInputStream(file.toFile())) {
                reader.setInput(in, false, false);
                int pages = reader.getNumImages(true);
                if (pages < 1 || pages != pagesInFile) {
                    throw FileErrors.bad(file, "holds " + pagesInFile + " pages but the decoder finds " + pages,
                            "at least one page, all readable");
                }
                TIFFDirectory first = TIFFDirectory.createFromMetadata(reader.getImageMetadata(0));
                int w = reader.getWidth(0);
                int h = reader.getHeight(0);
                int n = Shapes.checkedVoxelCount(file, w, h, pages, 1);
                ImageJDescription ij = ImageJDescription.parse(ascii(first, BaselineTIFFTagSet.TAG_IMAGE_DESCRIPTION));
                Double images = ij == null ? null : ij.number("images");
                if (images != null && images > pages) {
                    throw FileErrors.bad(file, "ImageJ description says images=" + ij.get("images") + " but the file has "
                            + pages + " pages", "one TIFF page per slice (re-save the stack in Fiji as TIFF)");
                }
                if (ij != null && ij.number("channels") != null && ij.number("channels") > 1) {
                    throw FileErrors.bad(file, "ImageJ hyperstack with channels=" + ij.get("channels"), "a single-channel z stack");
                }
                byte[] labels = new byte[n];
                decodeInParallel(file, pages, w, h, labels);
                PhaseTable phases = options.phasesOrNull() != null ? null : phasesOf(file, ij);
                Double voxel = options.voxelSizeMOrNull() != null ? null : voxelSizeOf(file, ij, first);
                return new LabeledVolume(w, h, pages, options.voxelSizeM(voxel), options.phases(phases), labels);
            } finally {
                reader.dispose();
            }
        });
    }

    /**
     * Decodes the pages in contiguous ranges, one reader per range (ImageIO readers are not
     * thread-safe). Each page lands in its own slice of the array, so the result does not depend
     * on the thread count; the first failure in page order is the one reported.
     */
    private static void decodeInParallel(Path file, int pages, int w, int h, byte[] labels) throws IOException {
        int tasks = Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(), pages / 8));
        Exception[] failures = new Exception[tasks];
        IntStream.range(0, tasks).parallel().forEach(t -> {
            try {
                decodePages(file, (int) ((long) pages * t / tasks), (int) ((long) pages * (t + 1) / tasks), w, h, labels);
            } catch (IOException | RuntimeException e) {
                failures[t] = e;
            }
        });
        for (Exception e : failures) {
            if (e instanceof IOException io) {
                throw io;
            } else if (e != null) {
                throw (RuntimeException) e;
            }
        }
    }

    private static void decodePages(Path file, int z0, int z1, int w, int h, byte[] labels) throws IOException {
        ImageReader reader = jdkTiffReader();
        try (FileImageInputStream in = new FileImageInputStream(file.toFile())) {
            reader.setInput(in, false, false);
            for (int z = z0; z < z1; z++) {
                if (reader.getWidth(z) != w || reader.getHeight(z) != h) {
                    throw FileErrors.bad(file, "page " + z + " is " + reader.getWidth(z) + "x" + reader.getHeight(z)
                            + " pixels", w + "x" + h + " like page 0 (all z slices of one size)");
                }
                boolean signedBytes = checkPage(file, z, TIFFDirectory.createFromMetadata(reader.getImageMetadata(z)));
                copyPage(file, z, reader.read(z, null).getRaster(), labels, z * w * h, w, h, signedBytes);
            }
        } finally {
            reader.dispose();
        }
    }

    /** The JDK's reader, never a third-party one that may sit on the classpath (DESIGN §8). */
    private static ImageReader jdkTiffReader() {
        ImageReader fallback = null;
        for (Iterator<ImageReader> it = ImageIO.getImageReadersByFormatName("tiff"); it.hasNext(); ) {
            ImageReader r = it.next();
            if (r.getClass().getName().startsWith("com.sun.imageio.plugins.tiff")) {
                return r;
            }
            fallback = fallback == null ? r : fallback;
        }
        if (fallback == null) {
            throw new IllegalStateException("no TIFF reader in javax.imageio");
        }
        return fallback;
    }

    private static String ascii(TIFFDirectory dir, int tag) {
        TIFFField f = dir.getTIFFField(tag);
        return f == null || f.getCount() == 0 ? null : f.getAsString(0);
    }

    /** Rejects pages we cannot turn into labels; true if the page holds signed 8-bit samples. */
    private static boolean checkPage(Path file, int z, TIFFDirectory dir) {
        TIFFField spp = dir.getTIFFField(BaselineTIFFTagSet.TAG_SAMPLES_PER_PIXEL);
        if (spp != null && spp.getAsInt(0) != 1) {
            throw FileErrors.bad(file, "page " + z + " has " + spp.getAsInt(0) + " samples per pixel (colour?)",
                    "a single-channel grey-level label image");
        }
        TIFFField bps = dir.getTIFFField(BaselineTIFFTagSet.TAG_BITS_PER_SAMPLE);
        int bits = bps == null ? 1 : bps.getAsInt(0);
        TIFFField sf = dir.getTIFFField(TAG_SAMPLE_FORMAT);
        int format = sf == null ? 1 : sf.getAsInt(0);
        if (bits > 16 || (format != 1 && format != 2)) {
            throw FileErrors.bad(file, "page " + z + " holds " + bits + "-bit " + (format == 3 ? "floating-point" : "integer")
                    + " samples", "8- or 16-bit integer labels (convert to 8-bit first)");
        }
        return bits == 8 && format == 2;
    }

    /** Copies one decoded page into the label array, checking values fit in 0..255. */
    private static void copyPage(Path file, int z, Raster r, byte[] labels, int offset, int w, int h, boolean signedBytes) {
        DataBuffer db = r.getDataBuffer();
        if (db instanceof DataBufferByte dbb && r.getSampleModel() instanceof ComponentSampleModel sm
                && r.getNumBands() == 1 && sm.getPixelStride() == 1 && db.getNumBanks() == 1
                && r.getSampleModelTranslateX() == 0 && r.getSampleModelTranslateY() == 0) {
            byte[] src = dbb.getData();
            int base = dbb.getOffset() + sm.getOffset(0, 0);
            int stride = sm.getScanlineStride();
            if (stride == w) {
                System.arraycopy(src, base, labels, offset, w * h);
            } else {
                for (int y = 0; y < h; y++) {
                    System.arraycopy(src, base + y * stride, labels, offset + y * w, w);
                }
            }
            if (signedBytes) {
                for (int i = offset; i < offset + w * h; i++) {
                    if (labels[i] < 0) {
                        throw FileErrors.bad(file, "page " + z + " holds value " + labels[i] + " (signed 8-bit)", "labels in 0..255");
                    }
                }
            }
            return;
        }
        int[] row = new int[w];
        for (int y = 0; y < h; y++) {
            r.getSamples(r.getMinX(), r.getMinY() + y, w, 1, 0, row);
            for (int x = 0; x < w; x++) {
                int v = row[x];
                if (v < 0 || v > 255) {
                    throw FileErrors.bad(file, "page " + z + " holds value " + v + " at x=" + x + ", y=" + y
                            + " (" + r.getSampleModel().getSampleSize(0) + "-bit)", "labels in 0..255 (relabel or convert to 8-bit)");
                }
                labels[offset + y * w + x] = (byte) v;
            }
        }
    }

    private static PhaseTable phasesOf(Path file, ImageJDescription ij) {
        String spec = ij == null ? null : ij.get(ImageJDescription.PHASES);
        if (spec == null) {
            return null;
        }
        try {
            return PhaseTable.parse(spec);
        } catch (InputException e) {
            throw FileErrors.bad(file, "ImageJ description line phases=" + spec + " (" + e.getMessage() + ")",
                    "LABEL=NAME pairs like phases=0=pore,1=am,2=cbd");
        }
    }

    /** Voxel edge in metres from the ImageJ metadata, or null if the file has no physical scale. */
    private static Double voxelSizeOf(Path file, ImageJDescription ij, TIFFDirectory first) {
        if (ij == null) {
            return null;
        }
        Double perUnit = ij.metresPerUnit();
        if (perUnit == null) {
            return null;
        }
        if (perUnit.isNaN()) {
            throw FileErrors.bad(file, "ImageJ unit '" + ij.unit() + "'", "micron, um, nm, mm, cm, m or inch (or give the voxel size explicitly)");
        }
        TIFFField xr = first.getTIFFField(BaselineTIFFTagSet.TAG_X_RESOLUTION);
        Double widthM = null;
        if (xr != null && xr.getAsDouble(0) > 0 && Double.isFinite(xr.getAsDouble(0))) {
            widthM = perUnit / xr.getAsDouble(0);
        }
        Double spacing = ij.number("spacing");
        Double depthM = spacing != null && spacing > 0 ? spacing * perUnit : null;
        if (widthM != null && depthM != null && Math.abs(widthM - depthM) > 0.01 * Math.max(widthM, depthM)) {
            throw FileErrors.bad(file, "anisotropic voxels: pixel width " + widthM + " m, slice spacing " + depthM + " m",
                    "cubic voxels (resample the stack or give the voxel size explicitly)");
        }
        Double scale = widthM != null ? widthM : depthM;
        Double exact = ij.number(ImageJDescription.VOXEL_SIZE_M);
        if (exact != null && exact > 0 && (scale == null || Math.abs(exact - scale) <= 1e-6 * scale)) {
            return exact; // our own exact value, still consistent with what ImageJ shows
        }
        return scale;
    }

    // ---- writing ------------------------------------------------------------------------

    private static final int SHORT = 3;
    private static final int LONG = 4;
    private static final int RATIONAL = 5;
    private static final int ASCII = 2;

    /**
     * Layout as ImageJ's own encoder: header, first IFD, description, resolution, then all pixel
     * data contiguous, then the other IFDs. ImageJ reads a stack whose description says
     * {@code images=n} as n contiguous planes from the first strip and ignores the later IFDs
     * (ij.io.TiffDecoder), while every other reader follows the IFD chain: both see the same slices.
     */
    @Override
    public void write(Path file, LabeledVolume v) {
        byte[] desc = (ImageJDescription.format(v) + "\0").getBytes(StandardCharsets.ISO_8859_1);
        long[] res = rational(1.0 / (v.voxelSizeM() * 1e6)); // pixels per micron, ImageJ's XResolution
        int w = v.nx(), h = v.ny(), nz = v.nz();
        long plane = (long) w * h;
        long[] ifdOff = new long[nz];
        ifdOff[0] = 8;
        long descOff = ifdOff[0] + ifdBytes(0);
        long resOff = even(descOff + desc.length);
        long dataOff = resOff + 8;
        long pos = even(dataOff + plane * nz);
        for (int z = 1; z < nz; z++) {
            ifdOff[z] = pos;
            pos += ifdBytes(z);
        }
        if (pos > 0xFFFFFFFFL) {
            throw new InputException(file + ": volume needs " + pos + " bytes; expected under 4 GiB for a classic TIFF (use .npy or .raw)");
        }
        FileErrors.writeAtomically(file, ch -> {
            ChannelOutput out = new ChannelOutput(ch, ByteOrder.LITTLE_ENDIAN);
            out.ascii("II");
            out.u16(42);
            out.u32(ifdOff[0]);
            for (int z = 0; z < nz; z++) {
                if (z == 1) {
                    pad(out, ifdOff[1]);
                }
                // tags in ascending order, as TIFF 6.0 requires
                out.u16(tagCount(z));
                entry(out, BaselineTIFFTagSet.TAG_IMAGE_WIDTH, LONG, 1, w);
                entry(out, BaselineTIFFTagSet.TAG_IMAGE_LENGTH, LONG, 1, h);
                entry(out, BaselineTIFFTagSet.TAG_BITS_PER_SAMPLE, SHORT, 1, 8);
                entry(out, BaselineTIFFTagSet.TAG_COMPRESSION, SHORT, 1, BaselineTIFFTagSet.COMPRESSION_NONE);
                entry(out, BaselineTIFFTagSet.TAG_PHOTOMETRIC_INTERPRETATION, SHORT, 1,
                        BaselineTIFFTagSet.PHOTOMETRIC_INTERPRETATION_BLACK_IS_ZERO);
                if (z == 0) {
                    entry(out, BaselineTIFFTagSet.TAG_IMAGE_DESCRIPTION, ASCII, desc.length, descOff);
                }
                entry(out, BaselineTIFFTagSet.TAG_STRIP_OFFSETS, LONG, 1, dataOff + z * plane);
                entry(out, BaselineTIFFTagSet.TAG_SAMPLES_PER_PIXEL, SHORT, 1, 1);
                entry(out, BaselineTIFFTagSet.TAG_ROWS_PER_STRIP, LONG, 1, h);
                entry(out, BaselineTIFFTagSet.TAG_STRIP_BYTE_COUNTS, LONG, 1, plane);
                entry(out, BaselineTIFFTagSet.TAG_X_RESOLUTION, RATIONAL, 1, resOff);
                entry(out, BaselineTIFFTagSet.TAG_Y_RESOLUTION, RATIONAL, 1, resOff);
                entry(out, BaselineTIFFTagSet.TAG_RESOLUTION_UNIT, SHORT, 1, BaselineTIFFTagSet.RESOLUTION_UNIT_NONE);
                out.u32(z + 1 < nz ? ifdOff[z + 1] : 0);
                if (z == 0) {
                    out.bytes(desc, 0, desc.length);
                    pad(out, resOff);
                    out.u32(res[0]);
                    out.u32(res[1]);
                    out.bytes(v.labels(), 0, v.voxelCount());
                }
            }
            out.flush();
        });
    }

    private static long ifdBytes(int z) {
        return 2 + 12L * tagCount(z) + 4;
    }

    private static int tagCount(int z) {
        return z == 0 ? 13 : 12;
    }

    private static long even(long p) {
        return (p + 1) & ~1L;
    }

    private static void pad(ChannelOutput out, long to) throws IOException {
        out.zeros(to - out.position());
    }

    /** One 12-byte IFD entry; SHORT values sit left-justified in the value field. */
    private static void entry(ChannelOutput out, int tag, int type, long count, long value) throws IOException {
        out.u16(tag);
        out.u16(type);
        out.u32(count);
        if (type == SHORT && count == 1) {
            out.u16((int) value);
            out.u16(0);
        } else {
            out.u32(value);
        }
    }

    /** A positive number as a TIFF RATIONAL with the largest power-of-ten denominator that fits. */
    static long[] rational(double x) {
        long den = 1_000_000_000L;
        while (den > 1 && Math.round(x * den) > 0xFFFFFFFFL) {
            den /= 10;
        }
        long num = Math.min(0xFFFFFFFFL, Math.max(1, Math.round(x * den)));
        return new long[] {num, den};
    }
}
