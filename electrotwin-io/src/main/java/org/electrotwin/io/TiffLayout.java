package org.electrotwin.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Walks the chain of image file directories of a classic TIFF and checks that every IFD and
 * every strip or tile lies inside the file. Decoders tend to stop quietly at a broken IFD (a
 * truncated stack would lose its last slices without a word), so we count the pages ourselves.
 */
final class TiffLayout {
    private static final int MAX_PAGES = 1 << 20;

    private TiffLayout() {
    }

    /** The number of pages, after checking the header, the IFD chain and the image data extents. */
    static int pageCount(Path file) throws IOException {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = ch.size();
            if (size < 8) {
                throw FileErrors.bad(file, "only " + size + " bytes", "a TIFF header of 8 bytes");
            }
            ByteBuffer head = ChannelInput.readFully(ch, 0, 8);
            byte b0 = head.get(0), b1 = head.get(1);
            ByteOrder order;
            if (b0 == 'I' && b1 == 'I') {
                order = ByteOrder.LITTLE_ENDIAN;
            } else if (b0 == 'M' && b1 == 'M') {
                order = ByteOrder.BIG_ENDIAN;
            } else {
                throw FileErrors.bad(file, "does not start with a TIFF header", "II*\\0 or MM\\0* (a TIFF file)");
            }
            head.order(order);
            int magic = head.getShort(2) & 0xFFFF;
            if (magic == 43) {
                throw FileErrors.bad(file, "is a BigTIFF", "a classic TIFF (stacks under 4 GiB)");
            }
            if (magic != 42) {
                throw FileErrors.bad(file, "has TIFF magic number " + magic, "42");
            }
            long ifd = head.getInt(4) & 0xFFFFFFFFL;
            int pages = 0;
            while (ifd != 0) {
                if (pages >= MAX_PAGES) {
                    throw FileErrors.bad(file, "more than " + MAX_PAGES + " pages (a loop in the IFD chain?)", "a finite stack");
                }
                if (ifd + 2 > size) {
                    throw truncated(file, pages, ifd + 2, size);
                }
                int n = ChannelInput.readFully(ch, ifd, 2).order(order).getShort(0) & 0xFFFF;
                long end = ifd + 2 + 12L * n + 4;
                if (end > size) {
                    throw truncated(file, pages, end, size);
                }
                ByteBuffer d = ChannelInput.readFully(ch, ifd + 2, 12 * n + 4).order(order);
                long[] offsets = null, counts = null;
                for (int i = 0; i < n; i++) {
                    int tag = d.getShort(12 * i) & 0xFFFF;
                    if (tag == 273 || tag == 324) {
                        offsets = values(file, ch, d, 12 * i, order, size, pages);
                    } else if (tag == 279 || tag == 325) {
                        counts = values(file, ch, d, 12 * i, order, size, pages);
                    }
                }
                if (offsets == null || counts == null || offsets.length != counts.length) {
                    throw FileErrors.bad(file, "page " + pages + " lacks consistent strip offsets and byte counts",
                            "StripOffsets and StripByteCounts (or tiles) of equal length");
                }
                for (int i = 0; i < offsets.length; i++) {
                    if (offsets[i] + counts[i] > size) {
                        throw truncated(file, pages, offsets[i] + counts[i], size);
                    }
                }
                pages++;
                ifd = d.getInt(12 * n) & 0xFFFFFFFFL;
            }
            return pages;
        }
    }

    private static RuntimeException truncated(Path file, int page, long needed, long size) {
        return FileErrors.bad(file, "truncated: page " + page + " needs bytes up to " + needed + " but the file has " + size,
                "a complete TIFF file");
    }

    /** The SHORT or LONG values of one IFD entry, inline or at their offset. */
    private static long[] values(Path file, FileChannel ch, ByteBuffer d, int at, ByteOrder order, long size, int page)
            throws IOException {
        int type = d.getShort(at + 2) & 0xFFFF;
        long count = d.getInt(at + 4) & 0xFFFFFFFFL;
        int bytes = type == 3 ? 2 : type == 4 ? 4 : 0;
        if (bytes == 0 || count > Integer.MAX_VALUE / 8) {
            throw FileErrors.bad(file, "page " + page + " has strip offsets of TIFF type " + type, "SHORT or LONG values");
        }
        ByteBuffer src;
        int base;
        if (bytes * count <= 4) {
            src = d;
            base = at + 8;
        } else {
            long off = d.getInt(at + 8) & 0xFFFFFFFFL;
            if (off + bytes * count > size) {
                throw truncated(file, page, off + bytes * count, size);
            }
            src = ChannelInput.readFully(ch, off, (int) (bytes * count)).order(order);
            base = 0;
        }
        long[] v = new long[(int) count];
        for (int i = 0; i < count; i++) {
            v[i] = bytes == 2 ? src.getShort(base + 2 * i) & 0xFFFF : src.getInt(base + 4 * i) & 0xFFFFFFFFL;
        }
        return v;
    }
}
