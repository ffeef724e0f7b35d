package org.electrotwin.process.contact;

import org.electrotwin.core.InputException;

/**
 * Material and interaction parameters the contact sub-models read (SI units). Per-type arrays
 * are indexed by particle type; the wall (current collector, calender plate) is its own material.
 *
 * @param youngsModulusPa        Young's modulus per particle type
 * @param poissonRatio           Poisson ratio per particle type
 * @param wallYoungsModulusPa    modulus of the walls (steel roll / Al foil)
 * @param wallPoissonRatio       Poisson ratio of the walls
 * @param restitution            normal coefficient of restitution for the viscoelastic damping (0, 1]
 * @param friction               Coulomb friction coefficient μ (sliding)
 * @param rollingFriction        rolling-resistance coefficient μ_r (constant-torque model)
 * @param hookeStiffnessNPerM    spring constant of the linear (hooke) normal model
 * @param ljWellDepthJ           Lennard-Jones well depth ε per type pair (symmetric), J
 * @param ljSigmaM               Lennard-Jones length σ (range of the shifted potential), m
 * @param cohesionEnergyDensityPa simplified-JKR cohesion: attraction = k·(contact area), Pa
 * @param bridgeStiffnessNPerM   CBD bridge stiffness in tension
 * @param bridgeYieldForceN      CBD bridge yield force (perfectly plastic beyond)
 * @param bridgeBreakGapM        gap at which a CBD bridge breaks for good
 * @param bridgeType             particle type that forms bridges (CBD); a pair bridges if either sphere has it
 */
public record ContactParams(
        double[] youngsModulusPa,
        double[] poissonRatio,
        double wallYoungsModulusPa,
        double wallPoissonRatio,
        double restitution,
        double friction,
        double rollingFriction,
        double hookeStiffnessNPerM,
        double[][] ljWellDepthJ,
        double ljSigmaM,
        double cohesionEnergyDensityPa,
        double bridgeStiffnessNPerM,
        double bridgeYieldForceN,
        double bridgeBreakGapM,
        int bridgeType) {

    public ContactParams {
        int nt = youngsModulusPa.length;
        if (nt == 0 || poissonRatio.length != nt) {
            throw new InputException("contact params: youngsModulusPa and poissonRatio need one entry per particle type");
        }
        for (int t = 0; t < nt; t++) {
            if (!(youngsModulusPa[t] > 0) || !(poissonRatio[t] > -1 && poissonRatio[t] < 0.5)) {
                throw new InputException("contact params: type " + t + " has E = " + youngsModulusPa[t] + " Pa, nu = "
                        + poissonRatio[t] + ": expected E > 0 and -1 < nu < 0.5");
            }
        }
        if (!(wallYoungsModulusPa > 0)) {
            throw new InputException("contact params: wallYoungsModulusPa must be > 0");
        }
        if (!(restitution > 0 && restitution <= 1)) {
            throw new InputException("contact params: restitution " + restitution + ": expected 0 < e <= 1");
        }
        if (!(friction >= 0) || !(rollingFriction >= 0)) {
            throw new InputException("contact params: friction and rollingFriction must be >= 0");
        }
        if (ljWellDepthJ.length != nt) {
            throw new InputException("contact params: ljWellDepthJ must be " + nt + "x" + nt);
        }
    }

    /** Elastic spheres of one material for every type, walls of steel, no adhesion. */
    public static ContactParams elastic(int types, double youngsModulusPa, double poissonRatio) {
        double[] e = new double[types];
        double[] nu = new double[types];
        java.util.Arrays.fill(e, youngsModulusPa);
        java.util.Arrays.fill(nu, poissonRatio);
        return new ContactParams(e, nu, 200e9, 0.3, 1.0, 0.0, 0.0, 0.0,
                new double[types][types], 0.0, 0.0, 0.0, 0.0, 0.0, -1);
    }

    public int typeCount() {
        return youngsModulusPa.length;
    }

    public ContactParams withWall(double ePa, double nu) {
        return new ContactParams(youngsModulusPa, poissonRatio, ePa, nu, restitution, friction, rollingFriction,
                hookeStiffnessNPerM, ljWellDepthJ, ljSigmaM, cohesionEnergyDensityPa, bridgeStiffnessNPerM,
                bridgeYieldForceN, bridgeBreakGapM, bridgeType);
    }

    public ContactParams withRestitution(double e) {
        return new ContactParams(youngsModulusPa, poissonRatio, wallYoungsModulusPa, wallPoissonRatio, e, friction,
                rollingFriction, hookeStiffnessNPerM, ljWellDepthJ, ljSigmaM, cohesionEnergyDensityPa,
                bridgeStiffnessNPerM, bridgeYieldForceN, bridgeBreakGapM, bridgeType);
    }

    public ContactParams withFriction(double mu, double muRolling) {
        return new ContactParams(youngsModulusPa, poissonRatio, wallYoungsModulusPa, wallPoissonRatio, restitution,
                mu, muRolling, hookeStiffnessNPerM, ljWellDepthJ, ljSigmaM, cohesionEnergyDensityPa,
                bridgeStiffnessNPerM, bridgeYieldForceN, bridgeBreakGapM, bridgeType);
    }

    public ContactParams withHooke(double kNPerM) {
        return new ContactParams(youngsModulusPa, poissonRatio, wallYoungsModulusPa, wallPoissonRatio, restitution,
                friction, rollingFriction, kNPerM, ljWellDepthJ, ljSigmaM, cohesionEnergyDensityPa,
                bridgeStiffnessNPerM, bridgeYieldForceN, bridgeBreakGapM, bridgeType);
    }

    public ContactParams withLennardJones(double[][] wellDepthJ, double sigmaM) {
        return new ContactParams(youngsModulusPa, poissonRatio, wallYoungsModulusPa, wallPoissonRatio, restitution,
                friction, rollingFriction, hookeStiffnessNPerM, wellDepthJ, sigmaM, cohesionEnergyDensityPa,
                bridgeStiffnessNPerM, bridgeYieldForceN, bridgeBreakGapM, bridgeType);
    }

    public ContactParams withCohesion(double energyDensityPa) {
        return new ContactParams(youngsModulusPa, poissonRatio, wallYoungsModulusPa, wallPoissonRatio, restitution,
                friction, rollingFriction, hookeStiffnessNPerM, ljWellDepthJ, ljSigmaM, energyDensityPa,
                bridgeStiffnessNPerM, bridgeYieldForceN, bridgeBreakGapM, bridgeType);
    }

    public ContactParams withBridges(int type, double stiffnessNPerM, double yieldForceN, double breakGapM) {
        return new ContactParams(youngsModulusPa, poissonRatio, wallYoungsModulusPa, wallPoissonRatio, restitution,
                friction, rollingFriction, hookeStiffnessNPerM, ljWellDepthJ, ljSigmaM, cohesionEnergyDensityPa,
                stiffnessNPerM, yieldForceN, breakGapM, type);
    }
}
