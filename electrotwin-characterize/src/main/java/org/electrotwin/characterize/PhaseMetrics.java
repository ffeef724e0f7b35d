package org.electrotwin.characterize;

import org.electrotwin.core.volume.Axis;
import java.util.Map;

/**
 * Everything measured on one phase; a part not requested is {@code null} (maps empty,
 * specific surface NaN).
 */
public record PhaseMetrics(String name, int label, double volumeFraction,
                           PhaseConnectivity.Metrics connectivity,
                           double specificSurfacePerM,
                           SizeDistribution localThickness,
                           MercuryIntrusion.Result intrusion,
                           Watershed.ParticleSizes particles,
                           Map<Axis, GeometricTortuosity.Result> geometricTortuosity,
                           TwoPointCorrelation.Result correlation,
                           Map<Axis, ChordLength.Result> chords) {

    /** Fraction of the phase in components touching a face (NaN if connectivity was not computed). */
    public double connectedFraction() {
        return connectivity == null ? Double.NaN : connectivity.connectedFraction();
    }
}
