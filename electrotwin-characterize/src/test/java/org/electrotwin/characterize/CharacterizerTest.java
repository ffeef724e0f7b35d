package org.electrotwin.characterize;

import org.electrotwin.core.volume.Axis;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import org.electrotwin.core.InputException;
import org.electrotwin.core.volume.LabeledVolume;
import org.electrotwin.core.volume.PhaseTable;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

class CharacterizerTest {

    /** Four phases: Boolean balls of am, cbd, se over a pore background. */
    static LabeledVolume fourPhases(int n, long seed) {
        byte[] lab = new byte[n * n * n];
        java.util.SplittableRandom rng = new java.util.SplittableRandom(seed);
        double[][] models = {{1, 1.5e-4, 6}, {2, 4e-4, 3}, {3, 2e-4, 4}};
        for (double[] m : models) {
            boolean[] b = Shapes.booleanSpheres(n, m[1], m[2], rng.nextLong());
            for (int i = 0; i < b.length; i++) if (b[i]) lab[i] = (byte) m[0];
        }
        return new LabeledVolume(n, n, n, 0.5e-6, PhaseTable.defaults(), lab);
    }

    @Test
    void everyMetricOnAFourPhaseVolume() {
        LabeledVolume v = fourPhases(48, 7);
        CharacterizationResult r = Characterizer.characterize(v, CharacterizeOptions.defaults().withMetrics("all"));
        assertThat(r.phases().keySet()).containsExactly("pore", "am", "cbd", "se");
        double sum = r.phases().values().stream().mapToDouble(PhaseMetrics::volumeFraction).sum();
        assertThat(sum).isCloseTo(1, within(1e-12));
        assertThat(r.interfaces().keySet()).containsExactly("am|cbd", "am|pore", "am|se", "cbd|pore", "cbd|se", "pore|se");
        PhaseMetrics pore = r.phases().get("pore");
        assertThat(pore.connectivity().percolatingZ()).isTrue();
        assertThat(pore.intrusion()).isNotNull();
        assertThat(pore.intrusion().accessibleFraction()).isBetween(0.9, 1.0);
        assertThat(pore.localThickness().d50M()).isGreaterThan(0);
        assertThat(pore.geometricTortuosity().get(Axis.Z).tortuosity()).isBetween(1.0, 1.5);
        assertThat(pore.correlation().volumeFraction()).isCloseTo(pore.volumeFraction(), within(1e-9));
        assertThat(pore.chords()).containsOnlyKeys(Axis.X, Axis.Y, Axis.Z);
        assertThat(r.phases().get("am").particles().count()).isGreaterThan(0);
        assertThat(r.phases().get("cbd").particles()).isNull();
        assertThat(r.profiles().get(Axis.Z).fractions().get("am")).hasSize(48);
        assertThat(r.rev()).hasSize(4);
        assertThat(r.rev().get(0).points().get(r.rev().get(0).points().size() - 1).mean())
                .isCloseTo(pore.volumeFraction(), within(1e-12));
        // specific surface of a phase = sum of its pair areas / total volume
        double amPairs = r.interfaces().values().stream().filter(i -> i.key().contains("am"))
                .mapToDouble(InterfaceMetrics::specificAreaPerM).sum();
        assertThat(r.phases().get("am").specificSurfacePerM()).isCloseTo(amPairs, within(1e-9 * amPairs));
        // deterministic
        CharacterizationResult again = Characterizer.characterize(v, CharacterizeOptions.defaults().withMetrics("all"));
        assertThat(again.interfaces()).isEqualTo(r.interfaces());
        assertThat(again.phases().get("am").particles().count()).isEqualTo(r.phases().get("am").particles().count());
    }

    @Test
    void selectsMetricsByName() {
        LabeledVolume v = fourPhases(24, 3);
        CharacterizationResult r = Characterizer.characterize(v, CharacterizeOptions.defaults().withMetrics("fractions, interfaces"));
        assertThat(r.phases().get("pore").connectivity()).isNull();
        assertThat(r.phases().get("pore").localThickness()).isNull();
        assertThat(r.interfaces()).isNotEmpty();
        assertThat(r.timingsS()).containsOnlyKeys("interfaces", "total");
        assertThatThrownBy(() -> CharacterizeOptions.defaults().withMetrics("fractions,porosity"))
                .isInstanceOf(InputException.class).hasMessageContaining("porosity");
        assertThatThrownBy(() -> CharacterizeOptions.defaults().withMetrics(" , ")).isInstanceOf(InputException.class);
    }

    @Test
    void revSpreadShrinksWithSize() {
        LabeledVolume v = fourPhases(64, 11);
        RepresentativeVolume.Result r = RepresentativeVolume.analyze(v, "pore", RepresentativeVolume.volumeFraction(0),
                new int[] {8, 16, 32, 64}, 12, 5);
        assertThat(r.points()).hasSize(4);
        assertThat(r.points().get(0).std()).isGreaterThan(r.points().get(2).std());
        assertThat(r.points().get(3).std()).isZero();
        assertThat(RepresentativeVolume.analyze(v, "pore", RepresentativeVolume.volumeFraction(0), new int[] {8, 16, 32, 64}, 12, 5))
                .isEqualTo(r);
        assertThatThrownBy(() -> RepresentativeVolume.analyze(v, "x", s -> 0, new int[] {65}, 1, 1)).isInstanceOf(InputException.class);
    }

    /** The shared NMC electrode: every metric runs; figures printed for the report. */
    @Tag("slow")
    @Test
    void realElectrode() throws Exception {
        Assumptions.assumeTrue(RealVolume.available(), "real volume not present");
        LabeledVolume v = RealVolume.load(1e-6);
        long t0 = System.nanoTime();
        CharacterizationResult r = Characterizer.characterize(v, CharacterizeOptions.defaults()
                .withMetrics("fractions,connectivity,interfaces,psd,mip,watershed,geotortuosity,chords,profiles"));
        System.out.printf("real volume: %.2f s, timings %s%n", (System.nanoTime() - t0) / 1e9, r.timingsS());
        Map<String, Double> expected = Map.of("pore", 0.4499, "am", 0.4005, "cbd", 0.1496);
        expected.forEach((k, f) -> assertThat(r.phases().get(k).volumeFraction()).isCloseTo(f, within(1e-4)));
        r.phases().values().forEach(p -> System.out.printf(
                "%s: φ %.4f connected %.4f perc x/y/z %s/%s/%s isolated %.4f deadEnd z %.4f Sv %.4g 1/m LT d10/d50/d90 %.3g/%.3g/%.3g m τgeo,z %s%n",
                p.name(), p.volumeFraction(), p.connectedFraction(), p.connectivity().percolatingX(), p.connectivity().percolatingY(),
                p.connectivity().percolatingZ(), p.connectivity().isolatedFraction(), p.connectivity().deadEndFraction().z(),
                p.specificSurfacePerM(), p.localThickness().d10M(), p.localThickness().d50M(), p.localThickness().d90M(),
                p.geometricTortuosity().isEmpty() ? "-" : String.format("%.4f", p.geometricTortuosity().get(Axis.Z).tortuosity())));
        r.interfaces().values().forEach(i -> System.out.printf("%s: %.4g m², %.4g 1/m%n", i.key(), i.areaM2(), i.specificAreaPerM()));
        MercuryIntrusion.Result mip = r.phases().get("pore").intrusion();
        System.out.printf("MIP pore: accessible %.4f d10/d50/d90 %.3g/%.3g/%.3g m%n", mip.accessibleFraction(),
                mip.distribution().d10M(), mip.distribution().d50M(), mip.distribution().d90M());
        Watershed.ParticleSizes ps = r.phases().get("am").particles();
        System.out.printf("AM particles: %d, by volume d10/d50/d90 %.3g/%.3g/%.3g m, by number d50 %.3g m%n", ps.count(),
                ps.byVolume().d10M(), ps.byVolume().d50M(), ps.byVolume().d90M(), ps.byNumber().d50M());
        assertThat(r.phases().get("pore").connectivity().percolatingZ()).isTrue();
        assertThat(r.phases().get("pore").geometricTortuosity().get(Axis.Z).tortuosity()).isBetween(1.0, 2.08);
    }
}
