package org.electrotwin.process.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import org.electrotwin.process.contact.ContactLaw;
import org.electrotwin.process.contact.ContactParams;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Two spheres colliding head-on against Hertz theory (Johnson 1985) and the set restitution. */
class HertzCollisionTest {
    static final double R = 5e-6;
    static final double RHO = 2500;
    static final double E = 1e9;
    static final double NU = 0.3;
    static final double V = 0.1;

    record Outcome(double contactTimeS, double restitution) {
    }

    static Outcome collide(String normal, double restitution, double dt, ContactParams base) {
        return collide(normal, restitution, dt, base, V);
    }

    static Outcome collide(String normal, double restitution, double dt, ContactParams base, double v) {
        ContactParams params = base.withRestitution(restitution);
        ContactLaw law = ContactLaw.compose(Map.of("normal", normal,
                "damping", restitution < 1 ? "viscoelastic" : "none"), params);
        Particles p = new Particles(2);
        double m = RHO * 4.0 / 3.0 * Math.PI * R * R * R;
        p.add(0, 40e-6, 50e-6, 50e-6, R, m);
        p.add(0, 40e-6 + 2 * R + 1e-8, 50e-6, 50e-6, R, m);
        p.vx[0] = v;
        p.vx[1] = -v;
        try (Simulation sim = new Simulation(p, 200e-6, 100e-6, law, dt, 0.5e-6, 1, 1)) {
            sim.run(1);
            long inContact = 0;
            for (int s = 0; s < 2_000_000; s++) {
                sim.run(1);
                double gap = NeighborList.minImage(p.x[1] - p.x[0], 200e-6) - 2 * R;
                if (gap < 0) {
                    inContact++;
                } else if (inContact > 0) {
                    break;
                }
            }
            double vrel = p.vx[1] - p.vx[0];
            return new Outcome(inContact * dt, vrel / (2 * v));
        }
    }

    @Test
    void elasticContactDurationMatchesHertz() {
        double m = RHO * 4.0 / 3.0 * Math.PI * R * R * R;
        double eStar = E / (2 * (1 - NU * NU));
        double tc = TimeStep.hertzContactTimeS(m / 2, R / 2, eStar, 2 * V);
        Outcome o = collide("hertz", 1.0, tc / 1000, ContactParams.elastic(1, E, NU));
        assertThat(o.contactTimeS()).isCloseTo(tc, within(0.02 * tc));
        assertThat(o.restitution()).isCloseTo(1.0, within(1e-3));
    }

    @ParameterizedTest
    @CsvSource({"hertz,0.9", "hertz,0.5", "hertz,0.2", "hooke,0.7"})
    void restitutionMatchesTheSetCoefficient(String normal, double e) {
        double m = RHO * 4.0 / 3.0 * Math.PI * R * R * R;
        double eStar = E / (2 * (1 - NU * NU));
        double tc = TimeStep.hertzContactTimeS(m / 2, R / 2, eStar, 2 * V);
        // a hooke spring with a similar contact time: t = π·√(m*/k)
        double k = m / 2 * Math.pow(Math.PI / tc, 2);
        ContactParams params = ContactParams.elastic(1, E, NU).withHooke(k);
        Outcome o = collide(normal, e, tc / 1000, params);
        assertThat(o.restitution()).isCloseTo(e, within(0.02 * e));
    }

    @Test
    void restitutionDoesNotDependOnImpactSpeedForHertz() {
        // the calibrated viscoelastic model is speed independent: check a 10x slower impact
        double m = RHO * 4.0 / 3.0 * Math.PI * R * R * R;
        double eStar = E / (2 * (1 - NU * NU));
        double tc = TimeStep.hertzContactTimeS(m / 2, R / 2, eStar, 2 * V);
        double tcSlow = TimeStep.hertzContactTimeS(m / 2, R / 2, eStar, 0.2 * V);
        Outcome fast = collide("hertz", 0.6, tc / 1000, ContactParams.elastic(1, E, NU), V);
        Outcome slow = collide("hertz", 0.6, tcSlow / 1000, ContactParams.elastic(1, E, NU), 0.1 * V);
        assertThat(fast.restitution()).isCloseTo(0.6, within(0.012));
        assertThat(slow.restitution()).isCloseTo(fast.restitution(), within(0.005));
        assertThat(slow.contactTimeS()).isGreaterThan(fast.contactTimeS()); // t_c ∝ v^(−1/5)
    }
}
