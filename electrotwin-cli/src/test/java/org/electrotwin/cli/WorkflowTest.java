package org.electrotwin.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.electrotwin.core.json.Json;
import org.electrotwin.core.volume.LabeledVolume;
import org.electrotwin.io.VolumeIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The commands chained as a user would: generate → info → convert → characterize → slice. */
class WorkflowTest {
    @TempDir
    Path tmp;

    @Test
    void generateConvertCharacterize() throws Exception {
        Path tif = tmp.resolve("spheres.tif");
        Cli g = Cli.run("generate", "--model", "boolean-spheres", "--params", "nx=40,ny=40,nz=40,voxelSizeM=1um,radiusM=5um,porosity=0.6",
                "--seed", "3", "--out", tif.toString());
        assertThat(g.exit()).as(g.err()).isZero();
        LabeledVolume v = VolumeIO.read(tif);
        assertThat(v.nx()).isEqualTo(40);
        assertThat(v.voxelSizeM()).isCloseTo(1e-6, within(1e-15));

        Path npy = tmp.resolve("spheres.npy");
        assertThat(Cli.run("convert", tif.toString(), npy.toString(), "--voxel-size", "1um").exit()).isZero();
        assertThat(VolumeIO.read(npy, null, 1e-6).labels()).isEqualTo(v.labels());

        Cli info = Cli.run("info", npy.toString(), "--voxel-size", "1um");
        assertThat(info.out()).contains("40 x 40 x 40").contains("phase pore (label 0)");

        Path out = tmp.resolve("props");
        Cli c = Cli.run("characterize", tif.toString(), "--metrics", "fractions,connectivity,interfaces,psd,tortuosity", "--out", out.toString());
        assertThat(c.exit()).as(c.err()).isZero();
        JsonNode p = Json.mapper().readTree(Files.readString(out.resolve("properties.json")));
        double pore = p.at("/phases/pore/volumeFraction").asDouble();
        long[] h = v.histogram();
        assertThat(pore).isCloseTo(h[0] / (double) v.voxelCount(), within(1e-12));
        assertThat(p.at("/volume/shape/2").asInt()).isEqualTo(40);
        assertThat(p.at("/volume/voxelSize").asDouble()).isCloseTo(1e-6, within(1e-15));
        assertThat(p.at("/phases/pore/tortuosityFactor/z").asDouble()).isBetween(1.0, 3.0);
        assertThat(p.at("/interfaces/am|pore/area").asDouble()).isPositive();
        assertThat(p.at("/units/area").asText()).isEqualTo("m2");
        assertThat(out.resolve("pore-local-thickness.csv")).exists();
        assertThat(out.resolve("size-distributions.png")).exists();

        Path withFields = tmp.resolve("fields");
        Cli f = Cli.run("characterize", tif.toString(), "--metrics", "tortuosity,rev", "--fields", "--out", withFields.toString());
        assertThat(f.exit()).as(f.err()).isZero();
        assertThat(withFields.resolve("fields").resolve("pore-tortuosity-z.vti")).exists();
        assertThat(withFields.resolve("fields").resolve("pore-tortuosity-z-flux-x-mid.png")).exists();
        byte[] vti = Files.readAllBytes(withFields.resolve("fields").resolve("pore-tortuosity-z.vti"));
        assertThat(new String(vti, 0, Math.min(vti.length, 4096), java.nio.charset.StandardCharsets.ISO_8859_1)).contains("fluxMagnitude");
        assertThat(Files.readAllLines(withFields.resolve("rev.csv")).get(0)).startsWith("metric,edgeVoxels");

        Path png = tmp.resolve("png").resolve("slice.png");
        assertThat(Cli.run("slice", tif.toString(), "--axis", "y", "--png", png.toString()).exit()).isZero();
        assertThat(png).exists();
    }

    @Test
    void unknownMetricAndModelExitTwo() {
        Cli m = Cli.run("characterize", "x.tif", "--metrics", "magic");
        assertThat(m.exit()).isEqualTo(2);
        assertThat(m.errorLines()[0]).contains("unknown metric 'magic'");
        Cli g = Cli.run("generate", "--model", "unicorn", "--out", tmp.resolve("u.tif").toString());
        assertThat(g.exit()).isEqualTo(2);
        assertThat(g.errorLines()).hasSize(1);
    }
}
