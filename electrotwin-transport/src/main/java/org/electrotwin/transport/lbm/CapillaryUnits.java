package org.electrotwin.transport.lbm;

/**
 * Lattice ↔ physical units of a two-phase (Shan–Chen) run, for capillary-driven flow in pores.
 *
 * <p>Length: Δx = voxel size. Pressure: the capillary scale, p = p_lu · (γ/Δx)/σ_lu, with σ_lu the
 * lattice surface tension of the Young–Laplace test, so capillary pressures (and the driving pressure)
 * are physical. Time: the viscous–capillary scale t = μL/γ is matched, Δt = (μ Δx/γ)·(σ_lu/(ρ_lu ν_lu)),
 * so the capillary number Ca = μU/γ of the lattice is the physical one and Washburn-type filling
 * (viscosity against capillarity) runs at the physical speed. What is not matched is inertia: the
 * lattice Ohnesorge number Oh = μ/√(ργL) differs from the physical one by {@link #ohnesorgeRatio};
 * irrelevant for creeping flow in µm pores (Re ≪ 1), where the filling is quasi-static in inertia.
 *
 * @param voxelSizeM              Δx
 * @param timeStepS               Δt
 * @param pressureScalePa         Pa per lattice pressure unit
 * @param velocityScaleMS         m/s per lattice velocity unit (Δx/Δt)
 * @param surfaceTensionLu        σ_lu
 * @param viscosityLu             ν_lu of the liquid, (τ₁ − ½)/3
 * @param ohnesorgeRatio          Oh_lattice / Oh_physical at the voxel scale
 */
public record CapillaryUnits(double voxelSizeM, double timeStepS, double pressureScalePa, double velocityScaleMS,
                             double surfaceTensionLu, double viscosityLu, double ohnesorgeRatio) {

    static CapillaryUnits of(double voxelSizeM, Electrolyte e) {
        return of(voxelSizeM, e, 1);
    }

    /** @param liquidTau  the liquid's relaxation time: its lattice viscosity is what the time scale matches */
    static CapillaryUnits of(double voxelSizeM, Electrolyte e, double liquidTau) {
        double sigma = ShanChenLbm.surfaceTensionLu(liquidTau);
        double nu = (liquidTau - 0.5) / 3;
        double rhoLu = ShanChenLbm.MAJOR;
        double dt = e.viscosityPaS() * voxelSizeM / e.surfaceTensionNM() * sigma / (rhoLu * nu);
        double ohLattice = rhoLu * nu / Math.sqrt(rhoLu * sigma);
        double ohPhysical = e.viscosityPaS() / Math.sqrt(e.densityKgM3() * e.surfaceTensionNM() * voxelSizeM);
        return new CapillaryUnits(voxelSizeM, dt, e.surfaceTensionNM() / voxelSizeM / sigma, voxelSizeM / dt, sigma, nu,
                ohLattice / ohPhysical);
    }

    public double toLatticePressure(double pressurePa) {
        return pressurePa / pressureScalePa;
    }
}
