package org.electrotwin.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.electrotwin.core.InputException;
import org.electrotwin.core.volume.LabeledVolume;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ParticleAndFieldWritersTest {
    @TempDir
    Path dir;

    /** Appended raw blocks of a VTK XML file written with UInt64 headers, by array name. */
    private static Map<String, ByteBuffer> appendedArrays(Path f) throws Exception {
        byte[] all = Files.readAllBytes(f);
        String text = new String(all, StandardCharsets.ISO_8859_1);
        int start = text.indexOf('_', text.indexOf("<AppendedData")) + 1;
        Map<String, ByteBuffer> m = new LinkedHashMap<>();
        Matcher a = Pattern.compile("Name=\"([^\"]+)\"[^>]*offset=\"(\\d+)\"").matcher(text.substring(0, start));
        while (a.find()) {
            int off = start + Integer.parseInt(a.group(2));
            ByteBuffer b = ByteBuffer.wrap(all).order(ByteOrder.LITTLE_ENDIAN);
            int len = (int) b.getLong(off);
            m.put(a.group(1), ByteBuffer.wrap(all, off + 8, len).slice().order(ByteOrder.LITTLE_ENDIAN));
        }
        return m;
    }

    private static Particles randomParticles(int n, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        double[] x = new double[n], y = new double[n], z = new double[n], rad = new double[n];
        int[] t = new int[n];
        for (int i = 0; i < n; i++) {
            x[i] = r.nextDouble() * 1e-5;
            y[i] = r.nextDouble() * 1e-5;
            z[i] = r.nextDouble() * 2e-5;
            rad[i] = 1e-7 + r.nextDouble() * 1e-6;
            t[i] = 1 + r.nextInt(3);
        }
        return new Particles(x, y, z, rad, t, new Particles.Box(0, 1e-5, 0, 1e-5, 0, 2e-5, new boolean[] {true, true, false}));
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 7, 1000})
    void lammpsDumpHoldsExactlyTheParticles(int n) throws Exception {
        Particles p = randomParticles(n, n);
        Path f = dir.resolve("p.dump");
        LammpsDumpWriter.write(f, 42, p);
        List<String> lines = Files.readAllLines(f);
        assertThat(lines.subList(0, 9)).containsExactly("ITEM: TIMESTEP", "42", "ITEM: NUMBER OF ATOMS", Integer.toString(n),
                "ITEM: BOX BOUNDS pp pp ff", "0.0 1.0E-5", "0.0 1.0E-5", "0.0 2.0E-5", "ITEM: ATOMS id type x y z radius");
        assertThat(lines).hasSize(9 + n);
        for (int i = 0; i < n; i++) {
            String[] c = lines.get(9 + i).split(" ");
            assertThat(Integer.parseInt(c[0])).isEqualTo(i + 1);
            assertThat(Integer.parseInt(c[1])).isEqualTo(p.type()[i]);
            assertThat(Double.parseDouble(c[2])).isEqualTo(p.xM()[i]);
            assertThat(Double.parseDouble(c[3])).isEqualTo(p.yM()[i]);
            assertThat(Double.parseDouble(c[4])).isEqualTo(p.zM()[i]);
            assertThat(Double.parseDouble(c[5])).isEqualTo(p.radiusM()[i]);
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 13, 500})
    void vtpHoldsPointsRadiiTypesAndVertices(int n) throws Exception {
        Particles p = randomParticles(n, 100 + n);
        Path f = dir.resolve("p.vtp");
        VtpPointWriter.write(f, p);
        Map<String, ByteBuffer> a = appendedArrays(f);
        assertThat(a.keySet()).containsExactlyInAnyOrder("radius", "type", "Points", "connectivity", "offsets");
        for (int i = 0; i < n; i++) {
            assertThat(a.get("Points").getDouble(24 * i)).isEqualTo(p.xM()[i]);
            assertThat(a.get("Points").getDouble(24 * i + 8)).isEqualTo(p.yM()[i]);
            assertThat(a.get("Points").getDouble(24 * i + 16)).isEqualTo(p.zM()[i]);
            assertThat(a.get("radius").getDouble(8 * i)).isEqualTo(p.radiusM()[i]);
            assertThat(a.get("type").getInt(4 * i)).isEqualTo(p.type()[i]);
            assertThat(a.get("connectivity").getLong(8 * i)).isEqualTo(i);
            assertThat(a.get("offsets").getLong(8 * i)).isEqualTo(i + 1);
        }
        assertThat(a.get("Points").remaining()).isEqualTo(24 * n);
        assertThat(Files.readString(f, StandardCharsets.ISO_8859_1)).contains("NumberOfPoints=\"" + n + "\"").endsWith("</VTKFile>\n");
    }

    @Test
    void badParticles() {
        Particles.Box box = new Particles.Box(0, 1, 0, 1, 0, 1, new boolean[3]);
        assertThatThrownBy(() -> new Particles(new double[2], new double[2], new double[1], new double[2], new int[2], box))
                .isInstanceOf(InputException.class).hasMessageContaining("equal lengths");
        assertThatThrownBy(() -> new Particles(new double[1], new double[1], new double[1], new double[] {0}, new int[1], box))
                .isInstanceOf(InputException.class).hasMessageContaining("positive radius");
        assertThatThrownBy(() -> new Particles.Box(1, 0, 0, 1, 0, 1, new boolean[3])).isInstanceOf(InputException.class);
    }

    @Test
    void vtiFloatFieldsBesideThePhases() throws Exception {
        LabeledVolume v = TestVolumes.random(9, 4, 3, 8);
        int n = v.voxelCount();
        float[] c = new float[n], phi = new float[n];
        for (int i = 0; i < n; i++) {
            c[i] = i * 0.25f - 3f;
            phi[i] = (float) Math.sin(i);
        }
        Map<String, float[]> fields = new LinkedHashMap<>();
        fields.put("concentration", c);
        fields.put("potential<V>", phi);
        Path f = dir.resolve("f.vti");
        VtiWriter.write(f, 9, 4, 3, v.voxelSizeM(), fields, v);
        Map<String, ByteBuffer> a = appendedArrays(f);
        for (int i = 0; i < n; i++) {
            assertThat(a.get("concentration").getFloat(4 * i)).isEqualTo(c[i]);
            assertThat(a.get("potential&lt;V&gt;").getFloat(4 * i)).isEqualTo(phi[i]);
        }
        assertThat(VolumeIO.read(f)).isEqualTo(v); // the volume reader skips the extra fields

        Path g = dir.resolve("only-fields.vti");
        VtiWriter.write(g, 9, 4, 3, 1e-6, fields, null);
        assertThat(appendedArrays(g).keySet()).containsExactly("concentration", "potential&lt;V&gt;");
        assertThatThrownBy(() -> VolumeIO.read(g)).isInstanceOf(InputException.class).hasMessageContaining("'phase'");
    }
}
