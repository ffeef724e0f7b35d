package org.electrotwin.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.ForkJoinPool;
import org.electrotwin.core.InputException;
import org.electrotwin.core.volume.LabeledVolume;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/** Same seed → identical volume whatever the number of threads; registry and parameter parsing. */
class DeterminismTest {
    static java.util.List<String> models() {
        return Generators.names();
    }

    @ParameterizedTest
    @MethodSource("models")
    void sameSeedSameVolumeOnOneAndTwoThreads(String name) throws Exception {
        MicrostructureModel m = Generators.byName(name);
        ModelParams p = ModelParams.parse("nx=64,ny=56,nz=48,voxelSizeM=0.5 um", m);
        LabeledVolume one = inPool(1, () -> m.generate(p, 77));
        LabeledVolume two = inPool(2, () -> m.generate(p, 77));
        LabeledVolume other = inPool(2, () -> m.generate(p, 78));
        assertThat(two).isEqualTo(one);
        assertThat(other).isNotEqualTo(one);
        assertThat(one.nx()).isEqualTo(64);
        assertThat(one.nz()).isEqualTo(48);
    }

    /** The electrode variants: growth CBD, aggregation CBD with spheroids, tilted, in an SSB. */
    @ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"sib-electrode:cbdModel=growth",
        "sib-electrode:cbdModel=aggregation,cbdFractalDimension=1.8,cbdUnitsPerAggregate=16,amD50M=5 um,amAspectRatio=0.5,amAlignment=0.6",
        "ssb-electrode:amAspectRatio=0.6,amAlignment=0.8"})
    void electrodeVariantsAreThreadCountIndependent(String spec) throws Exception {
        String[] parts = spec.split(":", 2);
        MicrostructureModel m = Generators.byName(parts[0]);
        ModelParams p = ModelParams.parse("nx=64,ny=56,nz=48,voxelSizeM=0.5 um," + parts[1], m);
        LabeledVolume one = inPool(1, () -> m.generate(p, 5));
        LabeledVolume two = inPool(2, () -> m.generate(p, 5));
        assertThat(two).isEqualTo(one);
    }

    private static LabeledVolume inPool(int threads, java.util.concurrent.Callable<LabeledVolume> job) throws Exception {
        ForkJoinPool pool = new ForkJoinPool(threads);
        try {
            return pool.submit(job).get();
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void badInputIsAnInputException() {
        assertThatThrownBy(() -> Generators.byName("voronoi")).isInstanceOf(InputException.class)
                .hasMessageContaining("boolean-spheres");
        MicrostructureModel m = Generators.byName("boolean-spheres");
        assertThatThrownBy(() -> ModelParams.parse("radius=3 um", m)).isInstanceOf(InputException.class)
                .hasMessageContaining("radiusM");
        assertThatThrownBy(() -> ModelParams.parse("radiusM=3 MPa", m)).isInstanceOf(InputException.class);
        assertThatThrownBy(() -> m.generate(ModelParams.parse("porosity=1.2", m), 1)).isInstanceOf(InputException.class);
        assertThatThrownBy(() -> ElectrodeSpec.sib(0.7, 0.35, new SizeDistribution(5e-6, 1), 32, 32, 32, 1e-6,
                CbdParams.defaults(), 1)).isInstanceOf(InputException.class).hasMessageContaining("no pore");
        assertThat(ModelParams.parse("radiusM=3 um", m).get(m, "radiusM")).isEqualTo(3e-6, org.assertj.core.api.Assertions.within(1e-18));
        MicrostructureModel g = Generators.byName("gaussian-field");
        assertThat(ModelParams.parse("covariance=exponential", g).get(g, "covariance")).isEqualTo(1.0);
    }
}
