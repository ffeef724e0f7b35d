package org.electrotwin.spark;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import org.electrotwin.campaign.CampaignExecutor;
import org.electrotwin.campaign.CampaignExport;
import org.electrotwin.campaign.CampaignStore;
import org.electrotwin.campaign.PortableStudyTwin;
import org.electrotwin.campaign.RunStatus;
import org.electrotwin.campaign.Study;
import org.electrotwin.campaign.StudyLoop;
import org.electrotwin.campaign.StudyReader;
import org.electrotwin.core.InputException;

/**
 * The main class of {@code electrotwin-spark.jar} for {@code spark-submit}: a study's campaign on
 * the cluster spark-submit names. Same study files, database and resume as
 * {@code electrotwin campaign STUDY}; the database stays with the driver, the run folders go to
 * {@code --artefacts}, a path every worker can write.
 *
 * <pre>spark-submit --class org.electrotwin.spark.SparkCampaign --master spark://host:7077 electrotwin-spark.jar \
 *     study.yaml --out campaign-dir --artefacts /shared/electrotwin/runs</pre>
 */
public final class SparkCampaign {
    static final String USAGE = "usage: SparkCampaign STUDY [--out DIR] [--artefacts SHARED_DIR] [--metrics LIST] [--batch N]";
    static final String DEFAULT_METRICS = "fractions,connectivity,interfaces,psd,tortuosity,conductivity";

    private SparkCampaign() {}

    public static void main(String[] args) {
        try {
            run(args);
        } catch (InputException e) {
            System.err.println("electrotwin: " + e.getMessage());
            System.exit(2);
        } catch (InterruptedException e) {
            System.exit(1);
        }
    }

    /** Parses the arguments and runs the campaign; returns the outcome. */
    static StudyLoop.Outcome run(String... args) throws InterruptedException {
        List<String> a = Arrays.asList(args);
        if (a.isEmpty() || a.get(0).startsWith("-")) {
            throw new InputException(USAGE);
        }
        Path studyFile = Path.of(a.get(0));
        Study s = StudyReader.read(studyFile);
        Path out = Path.of(option(a, "--out", s.name() + "-campaign"));
        Path artefacts = Path.of(option(a, "--artefacts", out.resolve("runs").toString()));
        String metrics = option(a, "--metrics", DEFAULT_METRICS);
        int batch = integer(option(a, "--batch", "0"), "--batch");
        PortableStudyTwin twin = PortableStudyTwin.of(studyFile, metrics);
        try (CampaignStore store = CampaignStore.open(out.resolve("campaign.db"));
             CampaignExecutor spark = SparkExecutor.start(new CampaignExecutor.Settings(Math.max(1, s.parallelism()), null, batch))) {
            say("campaign " + s.name() + " in " + out + " (" + store.counts(s.name()).get(RunStatus.DONE) + " runs already done), runs in " + artefacts);
            StudyLoop.Outcome res = new StudyLoop(s, store, twin, version()).run(spark, artefacts, SparkCampaign::say);
            CampaignExport.csv(store, s.name(), out.resolve("campaign.csv"));
            say("runs: " + store.counts(s.name()) + "; table " + out.resolve("campaign.csv"));
            if (res.best() != null) {
                say("best feasible run: " + res.best().key() + String.format(Locale.ROOT, " (goal %.4g)", res.bestValue()));
            }
            return res;
        }
    }

    private static String option(List<String> args, String name, String fallback) {
        for (int i = 1; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.equals(name) && i + 1 < args.size()) {
                return args.get(i + 1);
            } else if (arg.startsWith(name + "=")) {
                return arg.substring(name.length() + 1);
            }
        }
        for (int i = 1; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.startsWith("--") && !List.of("--out", "--artefacts", "--metrics", "--batch").contains(arg.split("=", 2)[0])) {
                throw new InputException("unknown option " + arg + "; " + USAGE);
            }
        }
        return fallback;
    }

    private static int integer(String v, String name) {
        try {
            int n = Integer.parseInt(v);
            if (n < 0) {
                throw new NumberFormatException();
            }
            return n;
        } catch (NumberFormatException e) {
            throw new InputException(name + " " + v + ": expected a whole number >= 0");
        }
    }

    private static void say(String line) {
        System.err.println(line);
    }

    /** The build's version and the JVM options Spark needs on Java 17 (spark.properties, filled in by Maven). */
    static Properties buildProperties() {
        try (InputStream in = SparkCampaign.class.getResourceAsStream("spark.properties")) {
            Properties p = new Properties();
            p.load(in);
            return p;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String version() {
        return buildProperties().getProperty("version");
    }

    /** {@code --add-opens=...} and the other options, one per element. */
    public static List<String> javaOptions() {
        return Arrays.asList(buildProperties().getProperty("javaOptions").trim().split("\\s+"));
    }
}
