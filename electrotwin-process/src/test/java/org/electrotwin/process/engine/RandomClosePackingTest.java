package org.electrotwin.process.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.electrotwin.process.contact.ContactLaw;
import org.electrotwin.process.contact.ContactParams;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Monodisperse spheres compressed quasi-statically by the plate: frictionless spheres jam at random
 * close packing, φ ≈ 0.64 (Scott &amp; Kilgour 1969; O'Hern et al. 2003), frictional ones (μ = 0.5)
 * looser, near random loose packing ≈ 0.59–0.62 (Silbert 2010). φ is measured in the bulk, two
 * diameters away from the walls, with exact sphere–slab intersection volumes.
 */
@Tag("slow")
class RandomClosePackingTest {
    static final double D = 10e-6;
    static final double L = 8 * D;
    static final double E = 1e7;
    static final double RHO = 2500;

    static double compress(double friction, long seed) {
        Particles p = TestSystems.randomGas(1200, D / 2, D / 2, L, L, 32 * D, RHO, 0.0, seed);
        ContactParams params = ContactParams.elastic(1, E, 0.3).withWall(E, 0.3).withRestitution(0.3)
                .withFriction(friction, 0);
        ContactLaw law = ContactLaw.compose(Map.of("normal", "hertz", "damping", "viscoelastic",
                "tangential", friction > 0 ? "mindlin-coulomb" : "none"), params);
        double dt = 0.2 * TimeStep.rayleighTimeS(D / 2, RHO, E, 0.3);
        double target = 2e-5 * E; // small overlaps: quasi-static, nearly rigid spheres
        double speed = 0.1;
        try (Simulation sim = new Simulation(p, L, L, law, dt, 0.1 * D, 2, seed)) {
            sim.setLangevin(1 / (500 * dt), 0);
            sim.setPlate(32 * D, -speed);
            int settled = 0;
            PlateServo servo = new PlateServo(target, speed);
            for (int block = 0; block < 4000 && settled < 20; block++) {
                sim.run(50);
                double ratio = sim.platePressurePa() / target;
                double v = servo.velocity(sim.platePressurePa());
                sim.setPlate(sim.plateZ(), v);
                double ke = sim.kineticEnergy() / p.size();
                boolean calm = ke < 1e-5 * target * D * D * D;
                settled = Math.abs(1 - ratio) < 0.1 && calm ? settled + 1 : 0;
            }
            double h = sim.plateZ();
            double phi = bulkFraction(p, 2 * D, h - 2 * D, L * L);
            System.out.printf("packing mu=%.1f: plate at %.2f d, bulk phi = %.4f, steps %d, max overlap %.2e r%n",
                    friction, h / D, phi, sim.stepCount(), sim.maxRelativeOverlap());
            return phi;
        }
    }

    /** Solid fraction in the slab a ≤ z ≤ b, exact sphere–slab intersections. */
    static double bulkFraction(Particles p, double a, double b, double area) {
        double v = 0;
        for (int i = 0; i < p.size(); i++) {
            double r = p.r[i];
            double u1 = Math.max(a - p.z[i], -r);
            double u2 = Math.min(b - p.z[i], r);
            if (u2 > u1) {
                v += Math.PI * (r * r * (u2 - u1) - (u2 * u2 * u2 - u1 * u1 * u1) / 3);
            }
        }
        return v / (area * (b - a));
    }

    @Test
    void frictionlessSpheresJamAtRandomCloseAndFrictionalOnesLooser() {
        double rcp = compress(0.0, 7);
        assertThat(rcp).isBetween(0.63, 0.65);
        double loose = compress(0.5, 7);
        assertThat(loose).isLessThan(rcp - 0.01).isBetween(0.55, 0.63);
    }
}
