package org.electrotwin.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.electrotwin.core.volume.LabeledVolume;
import org.electrotwin.core.volume.PhaseTable;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Files our writers produce for the fixture array were checked with NumPy, tifffile and VTK
 * ({@code fixtures/check_ours.py} loads {@code ours.*} and compares with expected.json). This test
 * pins those bytes: if a writer changes its output, regenerate and re-run the Python check:
 * {@code ./mvnw -pl electrotwin-io test -Dtest=OurFilesInPythonTest -Delectrotwin.fixtures=$PWD/electrotwin-io/src/test/resources/fixtures}
 * then {@code /usr/bin/python3 check_ours.py} in that folder.
 */
class OurFilesInPythonTest {
    @TempDir
    Path dir;

    static LabeledVolume fixtureVolume() {
        return new LabeledVolume(4, 5, 6, 0.5e-6, PhaseTable.parse("0=pore,1=am,2=cbd,3=se,250=binder"), Fixtures.values());
    }

    @ParameterizedTest
    @ValueSource(strings = {"tif", "npy", "raw", "vti"})
    void writersStillProduceTheCheckedBytes(String ext) throws Exception {
        String regenerate = System.getProperty("electrotwin.fixtures");
        Path out = regenerate != null ? Path.of(regenerate) : dir;
        VolumeIO.write(out.resolve("ours." + ext), fixtureVolume());
        org.junit.jupiter.api.Assumptions.assumeTrue(regenerate == null, "regenerated into " + out);
        List<String> names = ext.equals("raw") ? List.of("ours.raw", "ours.json") : List.of("ours." + ext);
        for (String name : names) {
            assertThat(Files.readAllBytes(out.resolve(name))).as(name).isEqualTo(Files.readAllBytes(Fixtures.path(name)));
        }
        assertThat(VolumeIO.read(Fixtures.path("ours." + ext), null, 0.5e-6).labels()).isEqualTo(Fixtures.values());
    }
}
