package org.electrotwin.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.electrotwin.pipeline.PropertiesOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The study's twin survives a trip through Java serialization (what Spark does) and computes the same run. */
class PortableStudyTwinTest {
    @TempDir
    Path tmp;

    static final String STUDY = StudyTwinTest.STUDY.replace("recipe: base.yaml", "recipe: ../recipes/base.yaml");

    private Path writeStudy(Path dir) throws Exception {
        Files.createDirectories(dir.resolve("recipes"));
        Files.createDirectories(dir.resolve("studies"));
        Files.writeString(dir.resolve("recipes/base.yaml"), StudyFixtures.BASE_RECIPE);
        Files.writeString(dir.resolve("studies/study.yaml"), STUDY);
        return dir.resolve("studies/study.yaml");
    }

    @Test
    void serializedTwinComputesWhatTheStudyTwinComputes() throws Exception {
        Path studyFile = writeStudy(tmp);
        RunSpec run = new RunSpec("r0", Map.of("calendering.targetPorosity", 0.42, "formulation.active", 0.91,
                "formulation.carbon", 0.03, "formulation.binder", 0.06), 123);
        RunOutput direct = new StudyTwin(StudyReader.read(studyFile), PropertiesOptions.defaults().withMetrics("fractions,interfaces"))
                .run(run, Files.createDirectories(tmp.resolve("a")));
        TwinFunction shipped = roundTrip(PortableStudyTwin.of(studyFile, "fractions,interfaces"));
        RunOutput remote = shipped.run(run, Files.createDirectories(tmp.resolve("b")));
        assertThat(remote.propertiesJson()).isEqualTo(direct.propertiesJson());
        assertThat(remote.artefacts().keySet()).isEqualTo(direct.artefacts().keySet());
    }

    @Test
    void aWorkerWithoutTheStudyFileRebuildsItFromTheShippedTexts() throws Exception {
        Path studyFile = writeStudy(tmp.resolve("driver"));
        PortableStudyTwin twin = PortableStudyTwin.of(studyFile, "fractions");
        assertThat(twin.locate()).as("same machine, same file").isEqualTo(studyFile.toAbsolutePath());
        Files.writeString(studyFile, STUDY.replace("runs: 4", "runs: 5")); // the file changed (or is not there) on the worker
        Path copy = twin.locate();
        assertThat(copy).isNotEqualTo(studyFile.toAbsolutePath());
        assertThat(copy).hasContent(STUDY);
        Study read = StudyReader.read(copy);
        assertThat(read.recipe()).hasContent(StudyFixtures.BASE_RECIPE);
        assertThat(read.design().runs()).isEqualTo(4);
    }

    private static TwinFunction roundTrip(PortableStudyTwin twin) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(twin);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            return (TwinFunction) in.readObject();
        }
    }
}
