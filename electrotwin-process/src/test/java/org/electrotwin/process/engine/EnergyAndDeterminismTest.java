package org.electrotwin.process.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.electrotwin.process.contact.ContactLaw;
import org.electrotwin.process.contact.ContactParams;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EnergyAndDeterminismTest {
    static final double RHO = 2500;
    static final double E = 1e8;

    @ParameterizedTest
    @ValueSource(strings = {"hertz", "hooke", "lj-shifted"})
    void nveConservesEnergyOver10kSteps(String normal) {
        Particles p = TestSystems.randomGas(300, 2e-6, 4e-6, 60e-6, 60e-6, 50e-6, RHO, 0.05, 11);
        double m = RHO * 4.0 / 3.0 * Math.PI * 8e-18;
        double eStar = E / (2 * (1 - 0.09));
        double tc = TimeStep.hertzContactTimeS(m / 2, 1e-6, eStar, 0.2);
        double k = m / 2 * Math.pow(Math.PI / tc, 2);
        double[][] eps = {{1e-16}}; // comparable to the kinetic energy per particle
        double sigma = 0.2e-6;
        double tauLj = sigma * Math.sqrt(m / eps[0][0]);
        double dt = normal.equals("lj-shifted") ? tauLj / 400 : tc / 60;
        ContactParams params = ContactParams.elastic(1, E, 0.3).withHooke(k).withLennardJones(eps, sigma);
        ContactLaw law = ContactLaw.compose(Map.of("normal", normal), params);
        try (Simulation sim = new Simulation(p, 60e-6, 60e-6, law, dt, 0.4e-6, 2, 3)) {
            sim.setPlate(50e-6, 0);
            sim.computeForces();
            double e0 = sim.kineticEnergy() + sim.potentialEnergy();
            double worst = 0;
            for (int block = 0; block < 100; block++) {
                sim.run(100);
                double e = sim.kineticEnergy() + sim.potentialEnergy();
                worst = Math.max(worst, Math.abs(e - e0) / Math.abs(e0));
            }
            System.out.printf("NVE %s: max relative energy error over 1e4 steps = %.2e (E0 %.3e J, PE %.3e J, list builds %d)%n",
                    normal, worst, e0, sim.potentialEnergy(), sim.neighborList().builds());
            assertThat(worst).isLessThan(1e-4);
            assertThat(sim.neighborList().builds()).isGreaterThan(1); // the list really was rebuilt on the way
        }
    }

    static Particles runDissipative(int threads) {
        Particles p = TestSystems.randomGas(800, 1e-6, 4e-6, 50e-6, 50e-6, 80e-6, RHO, 0.05, 5);
        for (int i = 0; i < p.size(); i++) {
            p.type[i] = i % 2;
        }
        ContactParams params = ContactParams.elastic(2, E, 0.3).withRestitution(0.5).withFriction(0.5, 0.05)
                .withBridges(1, 1.0, 1e-7, 0.3e-6);
        ContactLaw law = ContactLaw.compose(Map.of("normal", "hertz", "tangential", "mindlin-coulomb",
                "damping", "viscoelastic", "rolling", "constant-torque", "cohesion", "elastoplastic-bridge"), params);
        try (Simulation sim = new Simulation(p, 50e-6, 50e-6, law, 2e-9, 0.3e-6, threads, 99)) {
            sim.setGravity(-9.81e4);
            sim.setLangevin(1e4, 1e-16);
            sim.setPlate(80e-6, -2.0);
            sim.run(3000);
        }
        return p;
    }

    @Test
    void sameSeedGivesBitwiseSameResultWithOneAndTwoThreads() {
        Particles one = runDissipative(1);
        Particles two = runDissipative(2);
        assertThat(one.sameState(two)).isTrue();
        // and it did something: particles moved and touched
        Particles start = TestSystems.randomGas(800, 1e-6, 4e-6, 50e-6, 50e-6, 80e-6, RHO, 0.05, 5);
        assertThat(start.sameState(one)).isFalse();
    }
}
