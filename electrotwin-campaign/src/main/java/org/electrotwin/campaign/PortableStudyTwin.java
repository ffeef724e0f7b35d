package org.electrotwin.campaign;

import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.electrotwin.core.AtomicFile;
import org.electrotwin.core.InputException;
import org.electrotwin.pipeline.PropertiesOptions;

/**
 * The {@link StudyTwin} of a study in a form that travels to another JVM (a Spark worker): the
 * texts of the study and of its base recipe, their paths, and the metrics. The worker rebuilds
 * exactly the twin the local executor runs, so the same seed gives the same properties.
 *
 * <p>On the worker the study is read from its original path when that file holds the same text
 * (one machine, or a shared file system); otherwise from a copy under the temporary folder that
 * keeps the study's relative path to its recipe.
 */
public final class PortableStudyTwin implements TwinFunction, Serializable {
    private static final long serialVersionUID = 1L;
    /** One twin per study text and metrics in each JVM: a worker's tasks share it. */
    private static final Map<String, StudyTwin> TWINS = new ConcurrentHashMap<>();

    private final String studyPath;
    private final String studyText;
    private final String recipePath;
    private final String recipeText;
    private final String metrics;

    private PortableStudyTwin(String studyPath, String studyText, String recipePath, String recipeText, String metrics) {
        this.studyPath = studyPath;
        this.studyText = studyText;
        this.recipePath = recipePath;
        this.recipeText = recipeText;
        this.metrics = metrics;
    }

    /** Reads and validates the study (as {@link StudyReader} does) and keeps its texts. */
    public static PortableStudyTwin of(Path studyFile, String metrics) {
        Study s = StudyReader.read(studyFile);
        PropertiesOptions.defaults().withMetrics(metrics); // fail here, on the driver, for unknown metrics
        Path study = studyFile.toAbsolutePath().normalize();
        return new PortableStudyTwin(study.toString(), read(study), s.recipe().toString(), read(s.recipe()), metrics);
    }

    @Override
    public RunOutput run(RunSpec run, Path workDir) {
        return twin().run(run, workDir);
    }

    /** The twin of this JVM, built once. */
    StudyTwin twin() {
        return TWINS.computeIfAbsent(digest() + "|" + metrics,
                k -> new StudyTwin(StudyReader.read(locate()), PropertiesOptions.defaults().withMetrics(metrics)));
    }

    /** The study file to read here: the original if unchanged, else a copy of study and recipe at the same relative paths. */
    Path locate() {
        Path study = Path.of(studyPath);
        Path recipe = Path.of(recipePath);
        if (holds(study, studyText) && holds(recipe, recipeText)) {
            return study;
        }
        Path root = Path.of(System.getProperty("java.io.tmpdir"), "electrotwin-study-" + digest().substring(0, 16));
        Path studyCopy = root.resolve(withoutRoot(study));
        write(studyCopy, studyText);
        write(root.resolve(withoutRoot(recipe)), recipeText);
        return studyCopy;
    }

    private String digest() {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            for (String s : new String[] {studyPath, studyText, recipePath, recipeText}) {
                md.update(s.getBytes(StandardCharsets.UTF_8));
                md.update((byte) 0);
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Path withoutRoot(Path p) {
        return p.getRoot() == null ? p : p.getRoot().relativize(p);
    }

    private static boolean holds(Path file, String text) {
        try {
            return Files.isRegularFile(file) && Files.readString(file).equals(text);
        } catch (IOException e) {
            return false;
        }
    }

    /** Written whole and moved into place: two workers on one machine may write the same copy at once. */
    private static void write(Path file, String text) {
        try {
            AtomicFile.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write a copy of the study at " + file, e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new InputException(file + ": cannot read (" + e.getMessage() + ")");
        }
    }
}
