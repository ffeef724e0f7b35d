package org.electrotwin.process.contact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import org.electrotwin.core.InputException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/** One contract for every registered normal model. */
class NormalModelContractTest {
    static final double R_STAR = 2e-6;
    static final double E_STAR = 1e9;
    /** Relative tolerance of the energy–force consistency (central differences). */
    static final double ENERGY_FORCE_TOLERANCE = 1e-5;

    static ContactParams params() {
        return ContactParams.elastic(2, 2e9, 0.3).withHooke(100).withLennardJones(new double[][] {{1e-15, 2e-15}, {2e-15, 3e-15}}, 0.1e-6);
    }

    static java.util.stream.Stream<String> models() {
        return ContactLaw.NORMAL.keySet().stream();
    }

    @ParameterizedTest
    @MethodSource("models")
    void zeroForceAtContactRepulsiveInOverlapAndEnergyConsistent(String name) {
        NormalModel m = ContactLaw.NORMAL.get(name).apply(params());
        for (int ti = 0; ti < 2; ti++) {
            for (int tj = 0; tj < 2; tj++) {
                assertThat(m.force(0, R_STAR, E_STAR, ti, tj)).as("force at zero overlap").isCloseTo(0, within(1e-12));
                double scale = name.equals("lj-shifted") ? 0.1e-6 : R_STAR;
                for (double frac : new double[] {1e-3, 1e-2, 5e-2}) {
                    double d = frac * scale;
                    assertThat(m.force(d, R_STAR, E_STAR, ti, tj)).as("repulsive in overlap").isPositive();
                    assertThat(m.stiffness(d, R_STAR, E_STAR, ti, tj)).as("stiffening").isPositive();
                    // F = −dU/d(separation) = dU/dδ
                    double h = 1e-4 * d;
                    double dudd = (m.energy(d + h, R_STAR, E_STAR, ti, tj) - m.energy(d - h, R_STAR, E_STAR, ti, tj)) / (2 * h);
                    double f = m.force(d, R_STAR, E_STAR, ti, tj);
                    assertThat(dudd).isCloseTo(f, within(ENERGY_FORCE_TOLERANCE * Math.abs(f) + 1e-30));
                    double k = (m.force(d + h, R_STAR, E_STAR, ti, tj) - m.force(d - h, R_STAR, E_STAR, ti, tj)) / (2 * h);
                    assertThat(m.stiffness(d, R_STAR, E_STAR, ti, tj)).isCloseTo(k, within(1e-4 * Math.abs(k)));
                }
                // beyond its range, nothing
                double far = -(m.rangeM() + 1e-9);
                assertThat(m.force(far, R_STAR, E_STAR, ti, tj)).isZero();
                assertThat(m.energy(far, R_STAR, E_STAR, ti, tj)).isCloseTo(0, within(1e-30));
            }
        }
    }

    @Test
    void ljWellDepthPerTypePairIsTheEnergyAtContact() {
        NormalModel lj = ContactLaw.NORMAL.get("lj-shifted").apply(params());
        // shifted so U(cut) = 0: depth at contact = ε·(1 − 4(2.5^−12 − 2.5^−6)) ≈ 1.0163 ε
        double shift = 4 * (Math.pow(2.5, -12) - Math.pow(2.5, -6));
        assertThat(lj.energy(0, 1, 1, 0, 1)).isCloseTo(-2e-15 * (1 + shift), within(1e-20));
        assertThat(lj.force(-0.05e-6, 1, 1, 0, 1)).isNegative(); // attractive in the gap
    }

    @Test
    void unknownNamesAreInputErrorsListingTheChoices() {
        assertThatThrownBy(() -> ContactLaw.compose(Map.of("normal", "dmt"), params()))
                .isInstanceOf(InputException.class).hasMessageContaining("hertz");
        assertThatThrownBy(() -> ContactLaw.compose(Map.of("sliding", "x"), params()))
                .isInstanceOf(InputException.class).hasMessageContaining("tangential");
        assertThatThrownBy(() -> ContactLaw.compose(Map.of("normal", "lj-shifted", "damping", "viscoelastic"), params()))
                .isInstanceOf(InputException.class);
    }
}
