package org.electrotwin.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import org.electrotwin.core.InputException;
import org.electrotwin.core.json.Json;
import org.electrotwin.learn.gp.GaussianProcessModel;
import org.electrotwin.learn.gp.Prediction;
import org.electrotwin.learn.gp.Surrogate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Surrogates trained on a campaign whose "twin" is a known function, so that cross-validation,
 * Sobol indices and the optimisation on the surrogate can be checked against exact values:
 * τ = 1 + 10 (0.5 − ε)² + 0.2 r (ε target porosity, r evaporation rate in µm/s; the wet thickness
 * does not enter), porosity = ε.
 */
class StudySurrogatesTest {
    @TempDir
    Path tmp;

    static final String STUDY = """
            name: known
            recipe: base.yaml
            parameters:
              calendering.targetPorosity: [0.30, 0.50]
              drying.evaporationRate: ["0.5 um/s", "4 um/s"]
              coating.wetThickness: ["30 um", "50 um"]
            objectives:
              - minimize: tortuosity
            constraints:
              - porosity in [0.20, 0.60]
            design: {method: sobol, runs: 24}
            optimization: {rounds: 2, batch: 2}
            seed: 11
            """;

    static double tau(double eps, double rateMPerS) {
        return 1 + 10 * (0.5 - eps) * (0.5 - eps) + 0.2 * rateMPerS * 1e6;
    }

    static final TwinFunction KNOWN = (run, dir) -> {
        double eps = run.parameters().get("calendering.targetPorosity");
        ObjectNode root = Json.mapper().createObjectNode();
        PropertyPaths.put(root, "phases.pore.tortuosityFactor.z", tau(eps, run.parameters().get("drying.evaporationRate")));
        PropertyPaths.put(root, "phases.pore.volumeFraction", eps);
        return new RunOutput(Json.write(root), Map.of());
    };

    Study study;

    @BeforeEach
    void write() throws Exception {
        Files.writeString(tmp.resolve("base.yaml"), StudyFixtures.BASE_RECIPE);
        Files.writeString(tmp.resolve("study.yaml"), STUDY);
        study = StudyReader.read(tmp.resolve("study.yaml"));
    }

    private StudySurrogates trainOnDesign(CampaignStore store) throws InterruptedException {
        new StudyLoop(study, store, KNOWN, "test").withRounds(0).run(1, tmp.resolve("runs"), m -> { });
        StudyData data = StudyData.of(study, store.runs("known"));
        assertThat(data.size()).isEqualTo(24);
        assertThat(data.outputs()).containsExactly("phases.pore.tortuosityFactor.z", "phases.pore.volumeFraction");
        return StudySurrogates.train(data, "known", List.of("gp", "forest"), 5, 3, m -> { });
    }

    /** E[t^k] for t uniform on [a, b]. */
    static double moment(double a, double b, int k) {
        return (Math.pow(b, k + 1) - Math.pow(a, k + 1)) / ((k + 1) * (b - a));
    }

    @Test
    void crossValidationAndSobolIndicesMatchTheKnownFunction() throws Exception {
        try (CampaignStore store = CampaignStore.open(tmp.resolve("c.db"))) {
            StudySurrogates s = trainOnDesign(store);
            assertThat(s.fits()).hasSize(4);
            StudySurrogates.Fit gp = s.fits().get(0);
            StudySurrogates.Fit forest = s.fits().get(1);
            assertThat(gp.model()).isEqualTo("gp");
            assertThat(gp.cvR2()).as("a smooth function of 2 of the 3 parameters").isGreaterThan(0.98);
            assertThat(forest.cvR2()).isGreaterThan(0.3).isLessThan(gp.cvR2());
            assertThat(s.best().get("phases.pore.tortuosityFactor.z")).isSameAs(gp);
            // additive f = g(ε) + h(r) with independent uniform inputs over the box: S_ε = Var g / (Var g + Var h)
            double t0 = 0.5 - gp.upper()[0];
            double t1 = 0.5 - gp.lower()[0];
            double varG = 100 * (moment(t0, t1, 4) - Math.pow(moment(t0, t1, 2), 2));
            double w = (gp.upper()[1] - gp.lower()[1]) * 1e6;
            double varH = 0.04 * w * w / 12;
            double sEps = varG / (varG + varH);
            assertThat(gp.sobolFirst()[0]).isCloseTo(sEps, within(0.03));
            assertThat(gp.sobolFirst()[1]).isCloseTo(1 - sEps, within(0.03));
            assertThat(gp.sobolTotal()[0]).as("additive: total = first order").isCloseTo(sEps, within(0.03));
            assertThat(gp.sobolTotal()[2]).as("the wet thickness does not enter").isLessThan(0.01);
            StudySurrogates.Fit porosity = s.fits().get(2);
            assertThat(porosity.property()).isEqualTo("phases.pore.volumeFraction");
            assertThat(porosity.cvRmse()).as("linear in one parameter").isLessThan(1e-3);
            assertThat(porosity.sobolTotal()[0]).isCloseTo(1, within(0.02));
        }
    }

    @Test
    void savedSurrogatesPredictExactlyAsTrained() throws Exception {
        try (CampaignStore store = CampaignStore.open(tmp.resolve("c.db"))) {
            StudySurrogates s = trainOnDesign(store);
            Path file = tmp.resolve("surrogates.json");
            s.save(file);
            StudySurrogates loaded = StudySurrogates.load(file);
            assertThat(loaded.parameters()).isEqualTo(s.parameters());
            double[][] probe = {{0.31, 1e-6, 35e-6}, {0.45, 3.5e-6, 42e-6}, {0.5, 0.6e-6, 49e-6}};
            StudySurrogates.Fit gp = s.fits().get(0);
            Prediction trained = GaussianProcessModel.defaults(gp.seed()).withBox(gp.lower(), gp.upper()).fit(gp.x(), gp.y()).predict(probe);
            Prediction again = StudySurrogates.predictor(loaded.fits().get(0)).predict(probe);
            for (int i = 0; i < probe.length; i++) {
                assertThat(again.mean()[i]).isCloseTo(trained.mean()[i], within(1e-9));
                assertThat(again.variance()[i]).isCloseTo(trained.variance()[i], within(1e-9));
                assertThat(again.mean()[i]).as("and close to the truth").isCloseTo(tau(probe[i][0], probe[i][1]), within(0.05));
            }
            Surrogate f1 = StudySurrogates.predictor(s.fits().get(1));
            Surrogate f2 = StudySurrogates.predictor(loaded.fits().get(1));
            assertThat(f2.predict(probe).mean()).containsExactly(f1.predict(probe).mean());
        }
        Files.writeString(tmp.resolve("bad.json"), "{\"study\": 3, \"oops\": []}");
        assertThatThrownBy(() -> StudySurrogates.load(tmp.resolve("bad.json"))).isInstanceOf(InputException.class)
                .hasMessageContaining("bad.json: not a surrogate file");
    }

    @Test
    void optimisationOnTheSurrogateIsStoredApartWithItsSourceAndResumes() throws Exception {
        Path file = tmp.resolve("surrogates.json");
        try (CampaignStore store = CampaignStore.open(tmp.resolve("c.db"))) {
            trainOnDesign(store).save(file);
            SurrogateTwin twin = new SurrogateTwin(study, StudySurrogates.load(file), file);
            StudyLoop loop = new StudyLoop(study, store, twin, "test").inCampaign("known.surrogate", "surrogate:surrogates.json").withRounds(1);
            loop.run(2, tmp.resolve("s"), m -> { });
            assertThat(store.runs("known.surrogate")).hasSize(26);
            assertThat(store.sources("known.surrogate").values()).containsOnly("surrogate:surrogates.json");
            assertThat(store.sources("known").values()).containsOnly("twin").hasSize(24);
            StudyLoop.Outcome o = loop.withRounds(2).run(2, tmp.resolve("s"), m -> { });
            assertThat(o.runs()).as("only the new round runs").isEqualTo(2);
            List<String> keys = store.runs("known.surrogate").stream().map(RunRecord::key).toList();
            assertThat(keys.subList(24, 28)).containsExactly("bo-r00-q0", "bo-r00-q1", "bo-r01-q0", "bo-r01-q1");
            // the surrogate's proposals head for the true optimum (ε = 0.5, r = 0.5 µm/s: τ = 1.1)
            double bestDoe = store.runs("known").stream().mapToDouble(r -> PropertyPaths.value(PropertyPaths.parse(r.propertiesJson()),
                    "phases.pore.tortuosityFactor.z").getAsDouble()).min().orElseThrow();
            Map<String, Double> p = o.best().parameters();
            assertThat(tau(p.get("calendering.targetPorosity"), p.get("drying.evaporationRate"))).isLessThan(bestDoe);
            assertThat(store.runs("known.surrogate").get(0).propertiesJson()).contains("\"stdDev\"");
        }
    }

    @Test
    void surrogatesOfAnotherStudyAreRejected() throws Exception {
        StudySurrogates other = new StudySurrogates("x", List.of("calendering.targetPorosity"), List.of());
        assertThatThrownBy(() -> new SurrogateTwin(study, other, Path.of("s.json"))).isInstanceOf(InputException.class)
                .hasMessageContaining("s.json: surrogates trained on parameters [calendering.targetPorosity]");
        StudySurrogates none = new StudySurrogates("x", study.parameterNames(), List.of());
        assertThatThrownBy(() -> new SurrogateTwin(study, none, Path.of("s.json"))).isInstanceOf(InputException.class)
                .hasMessageContaining("no surrogate of phases.pore.tortuosityFactor.z");
    }

    @Test
    void aDatabaseFromBeforeSourcesOpensWithItsRunsMarkedTwin() throws Exception {
        Path db = tmp.resolve("old.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE campaigns (name TEXT PRIMARY KEY, study TEXT NOT NULL, created REAL NOT NULL)");
            s.execute("""
                    CREATE TABLE runs (campaign TEXT NOT NULL, key TEXT NOT NULL, ordinal INTEGER NOT NULL,
                      parameters TEXT NOT NULL, seed INTEGER NOT NULL, status TEXT NOT NULL,
                      software_version TEXT, started REAL, finished REAL, wall_s REAL,
                      properties TEXT, artefacts TEXT, error TEXT, attempts INTEGER NOT NULL DEFAULT 0,
                      PRIMARY KEY (campaign, key))""");
            s.execute("INSERT INTO runs(campaign, key, ordinal, parameters, seed, status, properties) "
                    + "VALUES ('c', 'doe-0000', 0, '{\"a\":1.0}', 5, 'DONE', '{\"x\":2.0}')");
        }
        try (CampaignStore store = CampaignStore.open(db)) {
            assertThat(store.sources("c")).containsExactly(Map.entry("doe-0000", "twin"));
            assertThat(store.runs("c").get(0).propertiesJson()).isEqualTo("{\"x\":2.0}");
            store.addRuns("c", List.of(new RunSpec("s-0", Map.of("a", 2.0), 1)), "surrogate:f.json");
            assertThat(store.sources("c")).containsEntry("s-0", "surrogate:f.json");
        }
        try (CampaignStore store = CampaignStore.open(db)) { // opening again migrates nothing twice
            assertThat(store.sources("c")).hasSize(2);
        }
    }
}
