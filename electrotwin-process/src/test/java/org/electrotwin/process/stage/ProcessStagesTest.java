package org.electrotwin.process.stage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.electrotwin.core.volume.LabeledVolume;
import org.electrotwin.process.engine.Checkpoint;
import org.electrotwin.process.engine.Particles;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The three stages on a small SIB film (50 µm square, ~1 700 particles), run once and checked. */
@Tag("slow")
class ProcessStagesTest {
    static final ProcessSpec SPEC = ProcessSpec.sibDefaults(50e-6, 42).withSteps(5000, 2);
    @TempDir
    static Path dir;
    static ProcessRun.Outcome outcome;
    static DryingStage.Result drying;
    static CalenderingStage.Result calendering;

    @BeforeAll
    static void runOnce() {
        SlurryStage.Result slurry = SlurryStage.run(SPEC);
        drying = DryingStage.run(SPEC, slurry.particles().copy(), slurry.topM());
        calendering = CalenderingStage.run(SPEC, drying.particles().copy());
        outcome = ProcessRun.run(SPEC, dir, ProcessRun.STAGES);
        outcome.summary().forEach(System.out::println);
    }

    @Test
    void slurryIsInsertedWithoutOverlapAndWithTheFormulationsVolumes() {
        Particles p = SlurryStage.insert(SPEC);
        for (int i = 0; i < p.size(); i++) {
            for (int j = i + 1; j < p.size(); j++) {
                double dx = p.x[j] - p.x[i];
                double dy = p.y[j] - p.y[i];
                dx -= SPEC.domainXM() * Math.rint(dx / SPEC.domainXM());
                dy -= SPEC.domainYM() * Math.rint(dy / SPEC.domainYM());
                double dz = p.z[j] - p.z[i];
                double s = p.r[i] + p.r[j];
                assertThat(dx * dx + dy * dy + dz * dz).isGreaterThanOrEqualTo(s * s);
            }
        }
        double vAm = p.volumeM3(Particles.AM);
        double vCbdDry = p.count(Particles.CBD) * Math.PI / 6 * Math.pow(SPEC.cbdDryDiameterM(), 3);
        assertThat(vAm / (SPEC.amFraction() * SPEC.solidVolumeM3())).isBetween(0.97, 1.03);
        assertThat(vCbdDry / (SPEC.cbdFraction() * SPEC.solidVolumeM3())).isBetween(0.99, 1.01);
    }

    @Test
    void driedFilmHasElectrodePorosityAndMatchesTheMassBalance() {
        // this synthetic film is 20 vol% CBD (small particles fill the AM gaps): a little denser than real dried
        // electrodes (0.45–0.60, checked on the shipped recipe in BinderMigrationTest)
        assertThat(drying.filmPorosity()).isBetween(0.35, 0.60);
        assertThat(drying.interiorPorosity()).isBetween(0.30, drying.filmPorosity());
        assertThat(drying.dryThicknessM()).isLessThan(SPEC.wetThicknessM());
        assertThat(drying.massBalanceError()).isLessThan(0.03);
        assertThat(drying.peclet().peclet()).isEqualTo(SPEC.wetThicknessM() * SPEC.evaporationRateMPerS()
                / SPEC.binderDiffusivityM2PerS());
    }

    @Test
    void calenderingCompactsMonotonicallySpringsBackAndFitsTheCompactionLaw() {
        StageCurve c = calendering.curve();
        double[] phase = c.column("phase");
        double[] pres = c.column("pressure_Pa");
        double[] por = c.column("porosity");
        // porosity vs pressure on loading: mean porosity of successive pressure quintiles decreases
        double pMax = SPEC.calenderPressurePa();
        double[] sum = new double[5];
        int[] cnt = new int[5];
        for (int i = 0; i < phase.length; i++) {
            if (phase[i] == 0 && pres[i] > 0) {
                int b = Math.min(4, (int) (5 * pres[i] / pMax));
                sum[b] += por[i];
                cnt[b]++;
            }
        }
        double last = 1;
        for (int b = 0; b < 5; b++) {
            if (cnt[b] > 0) {
                assertThat(sum[b] / cnt[b]).isLessThan(last);
                last = sum[b] / cnt[b];
            }
        }
        assertThat(calendering.springback()).isPositive();
        assertThat(calendering.finalPorosity()).isLessThan(calendering.initialPorosity());
        assertThat(calendering.minThicknessM()).isLessThan(calendering.finalThicknessM());
        CompactionFit fit = calendering.fit();
        assertThat(fit.gammaPa()).isPositive();
        assertThat(fit.epsilonMin()).isBetween(0.0, calendering.initialPorosity());
        assertThat(fit.rmsError()).isLessThan(0.03);
    }

    @Test
    void runWritesOutputsAndResumesFromCheckpoints() throws Exception {
        for (String st : ProcessRun.STAGES) {
            assertThat(dir.resolve(st + ".csv")).exists();
            assertThat(dir.resolve(st + ".ckpt")).exists();
            assertThat(dir.resolve(st + ".data")).exists();
        }
        assertThat(Files.readAllLines(dir.resolve("cbd_profile.csv"))).hasSize(11).first().isEqualTo("z_m,z_over_thickness,cbd_share");
        assertThat(Files.readString(dir.resolve("calendering.json"))).contains("\"gammaPa\"", "\"epsilonMin\"");
        assertThat(Files.readString(dir.resolve("drying.json"))).contains("\"cbdTopThirdEnrichment\"");
        assertThat(Files.readString(dir.resolve("trajectory.dump"))).contains("ITEM: ATOMS id type x y z radius");
        String lammps = Files.readString(dir.resolve("calendering.in"));
        assertThat(lammps).contains("pair_style granular", "hertz/material", "tangential mindlin", "read_data drying.data",
                "wall/gran/region", "pair_coeff 1 2 hertz/material", "pair_coeff 2 3 hertz/material");
        assertThat(Files.readAllLines(dir.resolve("drying.data")).stream().filter(l -> l.matches("\\d+ [123] .*")).count())
                .isEqualTo(drying.particles().size());
        // the pipeline is deterministic: the run equals the stage-by-stage run above
        assertThat(outcome.particles().sameState(calendering.particles())).isTrue();
        // a second run resumes: no stage is recomputed and the result is the same
        ProcessRun.Outcome again = ProcessRun.run(SPEC, dir, ProcessRun.STAGES);
        assertThat(again.stagesRun()).isEmpty();
        assertThat(again.particles().sameState(outcome.particles())).isTrue();
        // an interrupted run (calendering checkpoint lost) redoes only calendering, identically
        Files.delete(dir.resolve("calendering.ckpt"));
        ProcessRun.Outcome resumed = ProcessRun.run(SPEC, dir, ProcessRun.STAGES);
        assertThat(resumed.stagesRun()).isEqualTo(List.of("calendering"));
        assertThat(resumed.particles().sameState(outcome.particles())).isTrue();
        Checkpoint.Snapshot snap = Checkpoint.read(dir.resolve("drying.ckpt"));
        assertThat(snap.stage()).isEqualTo("drying");
        assertThat(snap.particles().sameState(drying.particles())).isTrue();
    }

    @Test
    void dryingRateStudyRedriesTheCheckpointedSlurry() throws Exception {
        List<DryingStage.Result> runs = ProcessRun.dryingRateStudy(SPEC, dir, new double[] {1});
        // the same slurry at the same rate dries to the same film
        assertThat(runs.get(0).cbdProfile()).containsExactly(drying.cbdProfile());
        List<String> csv = Files.readAllLines(dir.resolve("cbd_profile_rates.csv"));
        assertThat(csv.get(0)).isEqualTo("z_over_thickness,cbd_share_pe_10.0");
        assertThat(csv).hasSize(11);
        assertThatThrownBy(() -> ProcessRun.dryingRateStudy(SPEC, dir, new double[] {-1}))
                .isInstanceOf(org.electrotwin.core.InputException.class).hasMessageContaining("positive");
    }

    @Test
    void finalParticlesVoxelizeIntoTheFourPhases() {
        double h = 1e-6;
        LabeledVolume v = outcome.voxelize(SPEC, h);
        long[] hist = v.histogram();
        double total = v.voxelCount();
        double solid = (hist[1] + hist[2]) / total;
        // voxel solid fraction agrees with the particle porosity (overlaps small) to within voxel discretisation
        assertThat(1 - solid).isBetween(calendering.finalPorosity() - 0.05, calendering.finalPorosity() + 0.05);
        assertThat(hist[3]).isZero(); // SIB: no SE
    }
}
