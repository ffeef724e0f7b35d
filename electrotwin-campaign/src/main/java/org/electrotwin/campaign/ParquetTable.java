package org.electrotwin.campaign;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.electrotwin.core.AtomicFile;

/**
 * Writes a flat table as an Apache Parquet file: one row group, one data page (v1) per column, PLAIN
 * encoding, no compression, definition levels of nullable columns as RLE/bit-packed hybrid, the
 * footer in the Thrift compact protocol (Parquet format specification, parquet-format
 * {@code parquet.thrift} and {@code Encodings.md}). Campaign tables are small (thousands of rows),
 * so the simplest valid layout is enough, and it costs the CLI no dependency (parquet-java needs
 * Hadoop's classes at run time). pandas, pyarrow, DuckDB and Spark read it.
 */
public final class ParquetTable {
    private ParquetTable() {}

    /** One column; every column of a table has the same number of rows. */
    public sealed interface Column permits Strings, Longs, Doubles {
        String name();

        int rows();
    }

    /** UTF-8 strings; null is a missing value. */
    public record Strings(String name, String[] values) implements Column {
        public int rows() {
            return values.length;
        }
    }

    /** 64-bit integers, none missing. */
    public record Longs(String name, long[] values) implements Column {
        public int rows() {
            return values.length;
        }
    }

    /** Doubles; NaN is written as a missing value (null), as campaign tables mean it. */
    public record Doubles(String name, double[] values) implements Column {
        public int rows() {
            return values.length;
        }
    }

    // parquet.thrift enums
    private static final int TYPE_INT64 = 2;
    private static final int TYPE_DOUBLE = 5;
    private static final int TYPE_BYTE_ARRAY = 6;
    private static final int REQUIRED = 0;
    private static final int OPTIONAL = 1;
    private static final int CONVERTED_UTF8 = 0;
    private static final int ENCODING_PLAIN = 0;
    private static final int ENCODING_RLE = 3;
    private static final int CODEC_UNCOMPRESSED = 0;
    private static final int PAGE_DATA = 0;
    private static final byte[] MAGIC = "PAR1".getBytes(StandardCharsets.US_ASCII);

    /** Writes the table (atomically: a temporary file beside it, then a move). */
    public static void write(Path file, List<Column> columns) {
        int rows = columns.isEmpty() ? 0 : columns.get(0).rows();
        for (Column c : columns) {
            if (c.rows() != rows) {
                throw new IllegalArgumentException("parquet: column " + c.name() + " has " + c.rows() + " rows, expected " + rows);
            }
        }
        Bytes out = new Bytes();
        out.write(MAGIC);
        List<long[]> chunks = new ArrayList<>(); // {data page offset, total size}
        for (Column c : columns) {
            byte[] page = pageData(c);
            Thrift header = new Thrift();
            header.i32(1, PAGE_DATA);
            header.i32(2, page.length);
            header.i32(3, page.length);
            header.beginStruct(5);
            header.i32(1, rows);
            header.i32(2, ENCODING_PLAIN);
            header.i32(3, ENCODING_RLE);
            header.i32(4, ENCODING_RLE);
            header.endStruct();
            header.stop();
            long offset = out.size();
            out.write(header.bytes());
            out.write(page);
            chunks.add(new long[] {offset, out.size() - offset});
        }
        Thrift meta = new Thrift();
        meta.i32(1, 1);
        meta.beginList(2, Thrift.STRUCT, columns.size() + 1);
        meta.beginElement();
        meta.string(4, "schema");
        meta.i32(5, columns.size());
        meta.endElement();
        for (Column c : columns) {
            meta.beginElement();
            meta.i32(1, type(c));
            meta.i32(3, c instanceof Longs ? REQUIRED : OPTIONAL);
            meta.string(4, c.name());
            if (c instanceof Strings) {
                meta.i32(6, CONVERTED_UTF8);
            }
            meta.endElement();
        }
        meta.i64(3, rows);
        meta.beginList(4, Thrift.STRUCT, 1);
        meta.beginElement();
        meta.beginList(1, Thrift.STRUCT, columns.size());
        long total = 0;
        for (int i = 0; i < columns.size(); i++) {
            Column c = columns.get(i);
            long[] ch = chunks.get(i);
            total += ch[1];
            meta.beginElement();
            meta.i64(2, ch[0]);
            meta.beginStruct(3);
            meta.i32(1, type(c));
            meta.beginList(2, Thrift.I32, 2);
            meta.listI32(ENCODING_PLAIN);
            meta.listI32(ENCODING_RLE);
            meta.beginList(3, Thrift.BINARY, 1);
            meta.listString(c.name());
            meta.i32(4, CODEC_UNCOMPRESSED);
            meta.i64(5, rows);
            meta.i64(6, ch[1]);
            meta.i64(7, ch[1]);
            meta.i64(9, ch[0]);
            meta.endStruct();
            meta.endElement();
        }
        meta.i64(2, total);
        meta.i64(3, rows);
        meta.endElement();
        meta.string(6, "electrotwin");
        meta.stop();
        byte[] footer = meta.bytes();
        out.write(footer);
        out.int32(footer.length);
        out.write(MAGIC);
        try {
            AtomicFile.writeBytes(file, out.toByteArray());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("cannot write " + file, e);
        }
    }

    private static int type(Column c) {
        return c instanceof Strings ? TYPE_BYTE_ARRAY : c instanceof Longs ? TYPE_INT64 : TYPE_DOUBLE;
    }

    /** Definition levels (nullable columns), then the PLAIN values of the rows present. */
    private static byte[] pageData(Column c) {
        Bytes b = new Bytes();
        int n = c.rows();
        if (c instanceof Longs l) {
            for (long v : l.values()) {
                b.int64(v);
            }
        } else if (c instanceof Doubles d) {
            boolean[] present = new boolean[n];
            for (int i = 0; i < n; i++) {
                present[i] = !Double.isNaN(d.values()[i]);
            }
            definitionLevels(b, present);
            for (double v : d.values()) {
                if (!Double.isNaN(v)) {
                    b.int64(Double.doubleToRawLongBits(v));
                }
            }
        } else if (c instanceof Strings s) {
            boolean[] present = new boolean[n];
            for (int i = 0; i < n; i++) {
                present[i] = s.values()[i] != null;
            }
            definitionLevels(b, present);
            for (String v : s.values()) {
                if (v != null) {
                    byte[] u = v.getBytes(StandardCharsets.UTF_8);
                    b.int32(u.length);
                    b.write(u);
                }
            }
        }
        return b.toByteArray();
    }

    /**
     * Levels of bit width 1 as one bit-packed run of the RLE/bit-packed hybrid: header
     * (groups of 8 &lt;&lt; 1 | 1) as a ULEB128 varint, then the bits LSB first; the whole prefixed by its
     * 4-byte little-endian length (data page v1).
     */
    private static void definitionLevels(Bytes b, boolean[] present) {
        int groups = (present.length + 7) / 8;
        Bytes run = new Bytes();
        run.varint((groups << 1) | 1);
        for (int g = 0; g < groups; g++) {
            int v = 0;
            for (int k = 0; k < 8 && g * 8 + k < present.length; k++) {
                v |= present[g * 8 + k] ? 1 << k : 0;
            }
            run.write(v);
        }
        b.int32(run.size());
        b.write(run.toByteArray());
    }

    /** Little-endian byte buffer. */
    private static final class Bytes extends ByteArrayOutputStream {
        void int32(int v) {
            for (int k = 0; k < 4; k++) {
                write(v >>> (8 * k));
            }
        }

        void int64(long v) {
            for (int k = 0; k < 8; k++) {
                write((int) (v >>> (8 * k)));
            }
        }

        void varint(long v) {
            while ((v & ~0x7FL) != 0) {
                write((int) ((v & 0x7F) | 0x80));
                v >>>= 7;
            }
            write((int) v);
        }

        @Override
        public void write(byte[] b) {
            write(b, 0, b.length);
        }
    }

    /** The few Thrift compact-protocol writes the footer needs (Thrift compact protocol specification). */
    private static final class Thrift {
        static final int I32 = 5;
        static final int I64 = 6;
        static final int BINARY = 8;
        static final int LIST = 9;
        static final int STRUCT = 12;

        private final Bytes b = new Bytes();
        private final java.util.ArrayDeque<Integer> lastIds = new java.util.ArrayDeque<>();
        private int lastId;

        byte[] bytes() {
            return b.toByteArray();
        }

        private void field(int id, int type) {
            int delta = id - lastId;
            if (delta > 0 && delta <= 15) {
                b.write((delta << 4) | type);
            } else {
                b.write(type);
                b.varint(zigzag(id));
            }
            lastId = id;
        }

        void i32(int id, int v) {
            field(id, I32);
            b.varint(zigzag(v));
        }

        void i64(int id, long v) {
            field(id, I64);
            b.varint(zigzag(v));
        }

        void string(int id, String s) {
            field(id, BINARY);
            listString(s);
        }

        void beginStruct(int id) {
            field(id, STRUCT);
            lastIds.push(lastId);
            lastId = 0;
        }

        void endStruct() {
            b.write(0);
            lastId = lastIds.pop();
        }

        void beginList(int id, int elementType, int size) {
            field(id, LIST);
            if (size < 15) {
                b.write((size << 4) | elementType);
            } else {
                b.write(0xF0 | elementType);
                b.varint(size);
            }
        }

        /** A struct element of a list. */
        void beginElement() {
            lastIds.push(lastId);
            lastId = 0;
        }

        void endElement() {
            endStruct();
        }

        void listI32(int v) {
            b.varint(zigzag(v));
        }

        void listString(String s) {
            byte[] u = s.getBytes(StandardCharsets.UTF_8);
            b.varint(u.length);
            b.write(u);
        }

        void stop() {
            b.write(0);
        }

        private static long zigzag(long v) {
            return (v << 1) ^ (v >> 63);
        }
    }
}
