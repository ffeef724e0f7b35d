package org.electrotwin.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Parquet files of campaign tables. Read back here by a small reader written from the format
 * specification independently of the writer's code path (it parses the Thrift footer generically);
 * checked by hand with pyarrow 25 ({@code pyarrow.parquet.read_table}) and the main command's output.
 */
class ParquetTableTest {
    @TempDir
    Path tmp;

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3})
    void randomTablesReadBackExactly(long seed) throws Exception {
        SplittableRandom r = new SplittableRandom(seed);
        int n = 1 + r.nextInt(40);
        String[] s = new String[n];
        long[] l = new long[n];
        double[] d = new double[n];
        for (int i = 0; i < n; i++) {
            s[i] = r.nextInt(4) == 0 ? null : "run-" + i + (r.nextBoolean() ? ",é|µm" : "");
            l[i] = r.nextLong();
            d[i] = r.nextInt(5) == 0 ? Double.NaN : r.nextGaussian() * 1e-6;
        }
        Path f = tmp.resolve("t" + seed + ".parquet");
        ParquetTable.write(f, List.of(new ParquetTable.Strings("name", s), new ParquetTable.Longs("seed", l),
                new ParquetTable.Doubles("phases.pore.tortuosityFactor.z", d)));
        SpecReader t = SpecReader.read(f);
        assertThat(t.rows).isEqualTo(n);
        assertThat(t.names).containsExactly("name", "seed", "phases.pore.tortuosityFactor.z");
        assertThat(t.columns.get(0)).containsExactly((Object[]) s);
        for (int i = 0; i < n; i++) {
            assertThat(t.columns.get(1)[i]).isEqualTo(l[i]);
            assertThat(t.columns.get(2)[i]).isEqualTo(Double.isNaN(d[i]) ? null : d[i]);
        }
    }

    @Test
    void campaignExportHasTheCsvColumns() throws Exception {
        try (CampaignStore store = CampaignStore.open(tmp.resolve("c.db"))) {
            store.addRuns("c", List.of(new RunSpec("a", Map.of("x", 1.5), 7), new RunSpec("b", Map.of("x", 2.5), 8)));
            store.markRunning("c", "a", "t");
            store.complete("c", "a", new RunOutput("{\"phases\":{\"pore\":{\"volumeFraction\":0.4}}}", Map.of()), 1.25);
            Path pq = tmp.resolve("c.parquet");
            CampaignExport.parquet(store, "c", pq);
            Path csv = tmp.resolve("c.csv");
            CampaignExport.csv(store, "c", csv);
            SpecReader t = SpecReader.read(pq);
            assertThat(String.join(",", t.names)).isEqualTo(Files.readAllLines(csv).get(0));
            assertThat(t.names).containsExactly("key", "status", "source", "seed", "x", "wallTimeS", "phases.pore.volumeFraction", "error");
            assertThat(t.columns.get(0)).containsExactly("a", "b");
            assertThat(t.columns.get(1)).containsExactly("DONE", "PENDING");
            assertThat(t.columns.get(2)).containsExactly("twin", "twin");
            assertThat(t.columns.get(3)).containsExactly(7L, 8L);
            assertThat(t.columns.get(4)).containsExactly(1.5, 2.5);
            assertThat(t.columns.get(5)).containsExactly(1.25, null);
            assertThat(t.columns.get(6)).containsExactly(0.4, null);
            assertThat(t.columns.get(7)).containsExactly(null, null);
        }
    }

    /**
     * A reader of flat Parquet files from the specification: a generic Thrift compact-protocol
     * decoder (any field order, skips unknown fields), then per column chunk the page header, the
     * RLE/bit-packed hybrid definition levels (both run kinds) and PLAIN values.
     */
    static final class SpecReader {
        long rows;
        final List<String> names = new ArrayList<>();
        final List<Object[]> columns = new ArrayList<>();

        static SpecReader read(Path f) throws Exception {
            byte[] all = Files.readAllBytes(f);
            assertThat(new String(all, 0, 4, "US-ASCII")).isEqualTo("PAR1");
            assertThat(new String(all, all.length - 4, 4, "US-ASCII")).isEqualTo("PAR1");
            int len = ByteBuffer.wrap(all, all.length - 8, 4).order(ByteOrder.LITTLE_ENDIAN).getInt();
            Compact c = new Compact(all, all.length - 8 - len);
            Map<Integer, Object> meta = c.struct();
            SpecReader out = new SpecReader();
            out.rows = (Long) meta.get(3);
            List<?> schema = (List<?>) meta.get(2);
            List<Map<Integer, Object>> leaves = new ArrayList<>();
            for (Object o : schema.subList(1, schema.size())) {
                @SuppressWarnings("unchecked") Map<Integer, Object> e = (Map<Integer, Object>) o;
                leaves.add(e);
                out.names.add(new String((byte[]) e.get(4), "UTF-8"));
            }
            @SuppressWarnings("unchecked") Map<Integer, Object> rg = (Map<Integer, Object>) ((List<?>) meta.get(4)).get(0);
            List<?> chunks = (List<?>) rg.get(1);
            for (int k = 0; k < chunks.size(); k++) {
                @SuppressWarnings("unchecked") Map<Integer, Object> cm = (Map<Integer, Object>) ((Map<Integer, Object>) chunks.get(k)).get(3);
                int type = ((Long) cm.get(1)).intValue();
                boolean optional = ((Long) leaves.get(k).get(3)) == 1;
                Compact p = new Compact(all, ((Long) cm.get(9)).intValue());
                Map<Integer, Object> header = p.struct();
                @SuppressWarnings("unchecked") Map<Integer, Object> dph = (Map<Integer, Object>) header.get(5);
                int n = ((Long) dph.get(1)).intValue();
                ByteBuffer b = ByteBuffer.wrap(all, p.pos, ((Long) header.get(3)).intValue()).slice().order(ByteOrder.LITTLE_ENDIAN);
                int[] levels = new int[n];
                java.util.Arrays.fill(levels, 1);
                if (optional) {
                    int levelBytes = b.getInt();
                    int end = b.position() + levelBytes;
                    int i = 0;
                    while (i < n && b.position() < end) {
                        long h = varint(b);
                        if ((h & 1) == 1) { // bit-packed: groups of 8
                            int groups = (int) (h >>> 1);
                            for (int g = 0; g < groups; g++) {
                                int v = b.get() & 0xFF;
                                for (int q = 0; q < 8; q++, i++) {
                                    if (i < n) {
                                        levels[i] = (v >>> q) & 1;
                                    }
                                }
                            }
                        } else { // RLE run of one value (bit width 1: one byte)
                            int count = (int) (h >>> 1);
                            int v = b.get() & 1;
                            for (int q = 0; q < count; q++) {
                                levels[i++] = v;
                            }
                        }
                    }
                    b.position(end);
                }
                Object[] col = new Object[n];
                for (int i = 0; i < n; i++) {
                    if (levels[i] == 0) {
                        continue;
                    }
                    col[i] = switch (type) {
                        case 2 -> b.getLong();
                        case 5 -> b.getDouble();
                        case 6 -> {
                            byte[] s = new byte[b.getInt()];
                            b.get(s);
                            yield new String(s, "UTF-8");
                        }
                        default -> throw new AssertionError("type " + type);
                    };
                }
                assertThat(b.remaining()).as("no bytes left in the page").isZero();
                out.columns.add(col);
            }
            return out;
        }

        static long varint(ByteBuffer b) {
            long v = 0;
            for (int shift = 0; ; shift += 7) {
                int x = b.get() & 0xFF;
                v |= (long) (x & 0x7F) << shift;
                if ((x & 0x80) == 0) {
                    return v;
                }
            }
        }
    }

    /** Generic Thrift compact-protocol decoder: structs as maps field id → value (ints unzigzagged to Long). */
    static final class Compact {
        final byte[] a;
        int pos;

        Compact(byte[] a, int pos) {
            this.a = a;
            this.pos = pos;
        }

        Map<Integer, Object> struct() {
            Map<Integer, Object> m = new java.util.HashMap<>();
            int last = 0;
            while (true) {
                int h = a[pos++] & 0xFF;
                if (h == 0) {
                    return m;
                }
                int type = h & 0x0F;
                int delta = h >>> 4;
                int id = delta != 0 ? last + delta : (int) unzigzag(varint());
                m.put(id, value(type));
                last = id;
            }
        }

        Object value(int type) {
            return switch (type) {
                case 1 -> Boolean.TRUE;
                case 2 -> Boolean.FALSE;
                case 3 -> (long) a[pos++];
                case 4, 5, 6 -> unzigzag(varint());
                case 7 -> {
                    double d = ByteBuffer.wrap(a, pos, 8).order(ByteOrder.LITTLE_ENDIAN).getDouble();
                    pos += 8;
                    yield d;
                }
                case 8 -> {
                    int n = (int) varint();
                    byte[] s = java.util.Arrays.copyOfRange(a, pos, pos + n);
                    pos += n;
                    yield s;
                }
                case 9, 10 -> {
                    int h = a[pos++] & 0xFF;
                    int size = h >>> 4 == 15 ? (int) varint() : h >>> 4;
                    List<Object> l = new ArrayList<>();
                    for (int i = 0; i < size; i++) {
                        l.add(value(h & 0x0F));
                    }
                    yield l;
                }
                case 12 -> struct();
                default -> throw new AssertionError("thrift type " + type);
            };
        }

        long varint() {
            long v = 0;
            for (int shift = 0; ; shift += 7) {
                int x = a[pos++] & 0xFF;
                v |= (long) (x & 0x7F) << shift;
                if ((x & 0x80) == 0) {
                    return v;
                }
            }
        }

        static long unzigzag(long v) {
            return (v >>> 1) ^ -(v & 1);
        }
    }
}
