package org.electrotwin.core.properties;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The properties JSON of DESIGN §4.4: what characterisation and transport measured on one
 * labelled volume. Java names carry their SI unit ({@code voxelSizeM}, {@code areaM2});
 * the JSON keys follow the contract ({@code voxelSize}, {@code area}) and the
 * {@code units} block states every unit. Metrics that were not computed are left out;
 * a phase that does not percolate along an axis has {@code percolating.<axis> = false} and no
 * tortuosity factor on that axis (never infinity or NaN).
 */
@JsonPropertyOrder({"volume", "phases", "interfaces", "effectiveConductivity", "permeability", "units"})
public record ElectrodeProperties(
        VolumeSummary volume,
        Map<String, PhaseProperties> phases,
        Map<String, InterfaceProperties> interfaces,
        Map<String, ConductivityProperties> effectiveConductivity,
        PermeabilityProperties permeability,
        Map<String, String> units) {

    /** Without permeability. */
    public ElectrodeProperties(VolumeSummary volume, Map<String, PhaseProperties> phases, Map<String, InterfaceProperties> interfaces,
                               Map<String, ConductivityProperties> effectiveConductivity, Map<String, String> units) {
        this(volume, phases, interfaces, effectiveConductivity, null, units);
    }

    /** The units of every quantity in the JSON, by key. */
    public static Map<String, String> unitTable() {
        Map<String, String> u = new LinkedHashMap<>();
        u.put("voxelSize", "m");
        u.put("volumeFraction", "1");
        u.put("connectedFraction", "1");
        u.put("tortuosityFactor", "1 (TauFactor: tau = eps*D/D_eff)");
        u.put("relativeDiffusivity", "1 (D_eff/D = eps/tau)");
        u.put("macMullinNumber", "1 (tau/eps)");
        u.put("geometricTortuosity", "1");
        u.put("specificSurface", "1/m (phase surface per total volume)");
        u.put("sizeDistribution.d10, d50, d90, mean", "m (diameters)");
        u.put("area", "m2");
        u.put("specificArea", "1/m (interface area per total volume)");
        u.put("effectiveConductivity", "S/m");
        u.put("permeability", "m2 (Darcy: superficial velocity = k/viscosity * pressure gradient)");
        return u;
    }

    public record VolumeSummary(int[] shape, @JsonProperty("voxelSize") double voxelSizeM, Map<String, String> phases) {}

    /** Values per axis; null where not computed or not defined (no percolation). */
    public record PerAxis(Double x, Double y, Double z) {}

    public record PerAxisFlags(Boolean x, Boolean y, Boolean z) {}

    /** A size distribution's characteristic diameters (volume-weighted quantiles). */
    public record SizeSummary(String method, @JsonProperty("d10") double d10M, @JsonProperty("d50") double d50M,
                              @JsonProperty("d90") double d90M, @JsonProperty("mean") double meanM) {}

    @JsonPropertyOrder({"label", "volumeFraction", "connectedFraction", "percolating", "isolatedFraction", "deadEndFraction",
            "tortuosityFactor", "relativeDiffusivity", "macMullinNumber", "geometricTortuosity", "sizeDistribution", "specificSurface"})
    public record PhaseProperties(
            int label,
            double volumeFraction,
            Double connectedFraction,
            PerAxisFlags percolating,
            Double isolatedFraction,
            Double deadEndFraction,
            PerAxis tortuosityFactor,
            PerAxis relativeDiffusivity,
            PerAxis macMullinNumber,
            PerAxis geometricTortuosity,
            Map<String, SizeSummary> sizeDistribution,
            @JsonProperty("specificSurface") Double specificSurfacePerM) {}

    public record InterfaceProperties(@JsonProperty("area") double areaM2, @JsonProperty("specificArea") double specificAreaPerM) {}

    /** Effective conductivity of one transport network (e.g. "electronic", "ionic") per axis, in S/m. */
    public record ConductivityProperties(String method, PerAxis effectiveConductivity, Map<String, Double> phaseConductivities) {}

    /**
     * Darcy permeability of the pore phase per axis in m² (null where not computed or not percolating).
     *
     * @param converged per axis, whether the solver met its tolerance
     */
    public record PermeabilityProperties(String method, String phase, @JsonProperty("permeability") PerAxis permeabilityM2,
                                         PerAxisFlags percolating, PerAxisFlags converged) {}
}
