package org.electrotwin.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.electrotwin.core.json.Json;
import org.electrotwin.core.volume.LabeledVolume;
import org.electrotwin.core.volume.PhaseTable;
import org.electrotwin.io.VolumeIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code electrotwin wet}: end to end on a tiny volume, resume, and the refusal of a sealed pore space. */
class WetCliTest {
    @TempDir
    Path tmp;

    @Test
    void wetWritesSaturationSummaryTrappedGasMapAndSlicesAndResumes() throws Exception {
        Path tif = tmp.resolve("s.tif");
        Cli g = Cli.run("generate", "--model", "boolean-spheres", "--params",
                "nx=16,ny=16,nz=16,voxelSizeM=1um,radiusM=3um,porosity=0.55", "--seed", "3", "--out", tif.toString());
        assertThat(g.exit()).as(g.err()).isZero();
        Path out = tmp.resolve("wet");
        String[] args = {"wet", tif.toString(), "--out", out.toString(), "--steps", "400", "--slice-every", "200",
                "--checkpoint-every", "200", "--contact-angle", "am=20", "--pressure", "5kPa"};
        Cli c = Cli.run(args);
        assertThat(c.exit()).as(c.err()).isZero();
        assertThat(c.out()).contains("wetting degree");
        JsonNode s = Json.mapper().readTree(Files.readString(out.resolve("summary.json")));
        assertThat(s.at("/steps").asInt()).isEqualTo(400);
        assertThat(s.at("/wettingDegree").asDouble()).isBetween(0.05, 1.0);
        assertThat(s.at("/pressurePa").asDouble()).isEqualTo(5000.0);
        assertThat(s.at("/units/timeStepS").asDouble()).isGreaterThan(0);
        assertThat(s.at("/contactAngleDeg").toString()).contains("20.0");
        List<String> csv = Files.readAllLines(out.resolve("saturation.csv"));
        assertThat(csv.get(0)).isEqualTo("step,time_s,saturation");
        assertThat(csv).hasSize(1 + 5);   // steps 0, 100, ..., 400
        assertThat(out.resolve("state.vti")).isNotEmptyFile();
        assertThat(out.resolve("slices/step-0000000.png")).isNotEmptyFile();
        assertThat(javax.imageio.ImageIO.read(out.resolve("slices/step-0000400.png").toFile()).getWidth()).isEqualTo(16 * 8);
        assertThat(out.resolve("wet.checkpoint")).isNotEmptyFile();

        Cli again = Cli.run(args);   // resumes from the checkpoint at step 400: nothing left to do, same answer
        assertThat(again.exit()).as(again.err()).isZero();
        JsonNode s2 = Json.mapper().readTree(Files.readString(out.resolve("summary.json")));
        assertThat(s2.at("/resumedFromStep").asInt()).isEqualTo(400);
        assertThat(s2.at("/wettingDegree").asDouble()).isEqualTo(s.at("/wettingDegree").asDouble());
        assertThat(Files.readAllLines(out.resolve("saturation.csv"))).isEqualTo(csv);
    }

    @Test
    void sealedPoreSpaceExitsWithCodeTwoAndOneLine() {
        LabeledVolume v = LabeledVolume.allocate(8, 8, 8, 1e-6, PhaseTable.parse("0=pore,1=am"));
        for (int y = 0; y < 8; y++) {
            for (int x = 0; x < 8; x++) {
                v.set(x, y, 4, 1);   // a dense AM layer across the electrode
            }
        }
        Path file = tmp.resolve("sealed.tif");
        VolumeIO.write(file, v);
        Cli c = Cli.run("wet", file.toString(), "--out", tmp.resolve("w").toString());
        assertThat(c.exit()).isEqualTo(2);
        assertThat(c.errorLines()).hasSize(1);
        assertThat(c.errorLines()[0]).contains("no pore path");
        assertThat(c.err()).doesNotContain("Exception");

        Cli typo = Cli.run("wet", file.toString(), "--out", tmp.resolve("w").toString(), "--contact-angle", "amm=30");
        assertThat(typo.exit()).isEqualTo(2);
        assertThat(typo.errorLines()).hasSize(1);
        assertThat(typo.errorLines()[0]).contains("--contact-angle").contains("amm");

        Cli ratio = Cli.run("wet", file.toString(), "--out", tmp.resolve("w").toString(), "--gas-viscosity-ratio", "0.006");
        assertThat(ratio.exit()).isEqualTo(2);
        assertThat(ratio.errorLines()).hasSize(1);
        assertThat(ratio.errorLines()[0]).contains("--gas-viscosity-ratio").contains("1/3..1");
    }
}
