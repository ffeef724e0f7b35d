package org.electrotwin.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.electrotwin.core.InputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CampaignStoreTest {
    @TempDir
    Path tmp;

    static List<RunSpec> design(int n) {
        List<RunSpec> runs = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Map<String, Double> p = new java.util.LinkedHashMap<>(); // parameters keep their order
            p.put("a", i / (double) n);
            p.put("b", 1.0 - i / (double) n);
            runs.add(new RunSpec(String.format("sobol-%04d", i), p, 1000 + i));
        }
        return runs;
    }

    @Test
    void addingTheSameDesignTwiceAddsNothing() {
        try (CampaignStore s = CampaignStore.open(tmp.resolve("c.db"))) {
            s.createCampaign("c", "study: 1");
            assertThat(s.addRuns("c", design(5))).isEqualTo(5);
            assertThat(s.addRuns("c", design(7))).isEqualTo(2);
            assertThat(s.runs("c")).extracting(RunRecord::key).containsExactly(
                    "sobol-0000", "sobol-0001", "sobol-0002", "sobol-0003", "sobol-0004", "sobol-0005", "sobol-0006");
            assertThat(s.runs("c").get(3).parameters()).containsEntry("a", 3 / 5.0);
        }
    }

    @Test
    void completingTwiceKeepsTheFirstResult() {
        try (CampaignStore s = CampaignStore.open(tmp.resolve("c.db"))) {
            s.addRuns("c", design(1));
            assertThat(s.complete("c", "sobol-0000", new RunOutput("{\"x\":1}", Map.of()), 1.0)).isTrue();
            assertThat(s.complete("c", "sobol-0000", new RunOutput("{\"x\":2}", Map.of()), 1.0)).isFalse();
            s.fail("c", "sobol-0000", "late failure of a retry", 1.0);
            assertThat(s.runs("c").get(0).propertiesJson()).isEqualTo("{\"x\":1}");
            assertThat(s.runs("c").get(0).status()).isEqualTo(RunStatus.DONE);
        }
    }

    @Test
    void aSecondWriterIsRefused() {
        try (CampaignStore s = CampaignStore.open(tmp.resolve("c.db"))) {
            assertThat(s.file()).isNotNull();
            // the OS lock is per process; a second open in the same JVM is refused by FileChannel too
            assertThatThrownBy(() -> CampaignStore.open(tmp.resolve("c.db"))).isInstanceOfAny(InputException.class,
                    java.nio.channels.OverlappingFileLockException.class);
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 4})
    void failuresAreRecordedAndTheOthersFinish(int parallelism) throws Exception {
        List<RunSpec> runs = new ArrayList<>(design(6));
        runs.add(new RunSpec("bad", Map.of("a", -1.0), 7));
        try (CampaignStore s = CampaignStore.open(tmp.resolve("c" + parallelism + ".db"))) {
            s.addRuns("c", runs);
            CampaignRunner.Summary sum = new CampaignRunner(s, "test").run("c", new SlowTwin(5, null), parallelism,
                    tmp.resolve("work"), false, p -> { });
            assertThat(sum.done()).isEqualTo(6);
            assertThat(sum.failed()).isEqualTo(1);
            RunRecord bad = s.runs("c").stream().filter(r -> r.key().equals("bad")).findFirst().orElseThrow();
            assertThat(bad.status()).isEqualTo(RunStatus.FAILED);
            assertThat(bad.error()).contains("diverged: negative a");
            assertThat(s.counts("c")).containsEntry(RunStatus.DONE, 6).containsEntry(RunStatus.FAILED, 1);
            // a second call has nothing left but the failed run (not retried unless asked)
            assertThat(new CampaignRunner(s, "test").run("c", new SlowTwin(0, null), parallelism, tmp.resolve("work"), false, p -> { }).ran()).isZero();
            Path csv = tmp.resolve("c.csv");
            CampaignExport.csv(s, "c", csv);
            List<String> lines = Files.readAllLines(csv);
            assertThat(lines).hasSize(8);
            assertThat(lines.get(0)).startsWith("key,status,source,seed,a,b,wallTimeS,phases.pore.volumeFraction");
        }
    }

    @Test
    void resultsDoNotDependOnParallelism() throws Exception {
        List<String> props = new ArrayList<>();
        for (int p : new int[] {1, 3}) {
            try (CampaignStore s = CampaignStore.open(tmp.resolve("p" + p + ".db"))) {
                s.addRuns("c", design(9));
                new CampaignRunner(s, "test").run("c", new SlowTwin(1, null), p, tmp.resolve("w" + p), false, x -> { });
                props.add(s.runs("c").stream().map(RunRecord::propertiesJson).toList().toString());
            }
        }
        assertThat(props.get(0)).isEqualTo(props.get(1));
    }
}
