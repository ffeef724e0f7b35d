package org.electrotwin.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.electrotwin.core.InputException;
import org.electrotwin.core.volume.LabeledVolume;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CarbonBinderAggregationTest {
    private static final double H = 0.5e-6;

    private static CbdParams aggregation(double bridge, double gradient) {
        CbdParams d = CbdParams.defaults();
        return new CbdParams(0.5, d.attachmentRate(), bridge, d.compactness(), gradient, CbdModels.AGGREGATION,
                d.fractalDimension(), 0, d.primaryRadiusM(), d.unitsPerAggregate());
    }

    @ParameterizedTest
    @ValueSource(longs = {4, 5})
    void laysExactlyTheTargetOnTheActiveMaterial(long seed) {
        int n = 40;
        byte[] l = new byte[n * n * n];
        double[] c = {20};
        SphereVoxelizer.voxelize(l, n, n, n, c, c, c, new double[] {9}, 1, 1.0, (byte) 1, false);
        long am = SphereVoxelizer.count(l, (byte) 1);
        CarbonBinderAggregation.place(l, n, n, n, H, 3000, aggregation(4, 0), (byte) 1, (byte) 2, seed);
        assertThat(SphereVoxelizer.count(l, (byte) 2)).isEqualTo(3000);
        assertThat(SphereVoxelizer.count(l, (byte) 1)).isEqualTo(am);
        // aggregates are anchored on the sphere: every CBD voxel lies within one aggregate's reach of it
        CbdParams p = aggregation(4, 0);
        double reach = 2 * (p.primaryRadiusM() / H) * (2 * Math.pow(p.unitsPerAggregate() / p.fractalPrefactor(),
                1 / p.fractalDimension()) + 1);
        long near = 0;
        for (int z = 0; z < n; z++) {
            for (int y = 0; y < n; y++) {
                for (int x = 0; x < n; x++) {
                    if (l[x + n * (y + n * z)] == 2) {
                        double r = Math.sqrt(Math.pow(x + 0.5 - 20, 2) + Math.pow(y + 0.5 - 20, 2) + Math.pow(z + 0.5 - 20, 2));
                        assertThat(r).isLessThan(9 + reach);
                        if (r < 9 + 2 * p.primaryRadiusM() / H + 1) {
                            near++;
                        }
                    }
                }
            }
        }
        // most of it lies against the surface rather than out in the pore
        assertThat(near).isGreaterThan(3000 / 2);
    }

    @Test
    void withoutActiveMaterialAggregatesStillFillTheTarget() {
        int n = 24;
        byte[] l = new byte[n * n * n];
        CarbonBinderAggregation.place(l, n, n, n, H, 1234, aggregation(0, 0), (byte) 1, (byte) 2, 3);
        assertThat(SphereVoxelizer.count(l, (byte) 2)).isEqualTo(1234);
    }

    @Test
    void bridgePreferenceMovesCbdIntoNecksAndGradientToTheTop() {
        ElectrodeGeneratorTest.assertBridgesInNecksAndGradientToTheTop(cbdOnly(aggregation(0, 0)), cbdOnly(aggregation(12, 0)),
                cbdOnly(aggregation(4, 0.8)));
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2})
    void electrodeFractionsHitTheirTargets(long seed) {
        ElectrodeSpec spec = ElectrodeSpec.sib(0.55, 0.12, new SizeDistribution(6e-6, 0.9), 80, 80, 80, H,
                aggregation(4, 0), seed);
        double[] f = Metrics.volumeFractions(ElectrodeGenerator.generate(spec).volume());
        assertThat(f[1]).isCloseTo(0.55, within(0.005));
        assertThat(f[2]).isCloseTo(0.12, within(0.005));
    }

    @Test
    void badParametersAreOneLineInputErrors() {
        CbdParams d = CbdParams.defaults();
        assertThatThrownBy(() -> d.withModel("eden")).isInstanceOf(InputException.class)
                .hasMessageContaining("aggregation").hasMessageContaining("growth");
        assertThatThrownBy(() -> d.withAggregates(3.4, 0, 1e-6, 10)).isInstanceOf(InputException.class)
                .hasMessageContaining("fractal dimension");
        assertThatThrownBy(() -> d.withAggregates(2, 0, -1e-6, 10)).isInstanceOf(InputException.class)
                .hasMessageContaining("primaryRadiusM");
        MicrostructureModel m = Generators.byName("sib-electrode");
        assertThatThrownBy(() -> ModelParams.parse("cbdModel=voronoi", m)).isInstanceOf(InputException.class)
                .hasMessageContaining("expected one of [aggregation, growth]");
        assertThat(ModelParams.parse("cbdModel=growth", m).get(m, "cbdModel")).isEqualTo(1.0);
        // k_f 0 takes Gmachowski's correlation
        assertThat(d.withAggregates(1.8, 0, 1e-6, 10).fractalPrefactor()).isCloseTo(1.313, within(1e-3));
    }

    @Test
    void recipeNamesAndDefaultsAgreeWithTheRegistry() {
        assertThat(org.electrotwin.core.recipe.Recipe.Engine.CBD_MODELS).isEqualTo(CbdModels.names());
        assertThat(CbdModels.names().get(0)).isEqualTo(CbdModels.DEFAULT);
        assertThat(org.electrotwin.core.recipe.Recipe.Engine.DEFAULT_CBD_FRACTAL_DIMENSION)
                .isEqualTo(CbdParams.defaults().fractalDimension());
    }

    private static LabeledVolume cbdOnly(CbdParams c) {
        return ElectrodeGenerator.generate(ElectrodeSpec.sib(0.5, 0.08, new SizeDistribution(8e-6, 0.5), 80, 80, 80, H, c, 3))
                .volume();
    }
}
