package org.electrotwin.cli;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.electrotwin.campaign.StudySurrogates;
import org.electrotwin.cli.report.Plots;

/** Parity plots and the Sobol table of trained surrogates, shared by {@code learn} and {@code report}. */
final class SurrogatePlots {
    private SurrogatePlots() {}

    /** One parity PNG per fit, {@code parity-<output index>-<model>.png} in {@code dir}. */
    static List<Path> parity(StudySurrogates s, List<String> outputs, Path dir) {
        return s.fits().stream().map(f -> {
            Path png = dir.resolve("parity-" + outputs.indexOf(f.property()) + "-" + f.model() + ".png");
            double lo = Arrays.stream(f.y()).min().orElse(0);
            double hi = Arrays.stream(f.y()).max().orElse(1);
            Map<String, double[][]> series = new LinkedHashMap<>();
            series.put("runs", new double[][] {f.y(), f.cvPredicted()});
            series.put("y = x", new double[][] {{lo, hi}, {lo, hi}});
            Plots.scatter(png, String.format(Locale.ROOT, "%s parity, %s (%d-fold CV: R² %.3f, RMSE %.3g)", f.model(), f.property(),
                    f.cvFolds(), f.cvR2(), f.cvRmse()), "twin", f.model() + " prediction (out of fold)", series);
            return png;
        }).toList();
    }

    /** Rows: property, model, parameter, first-order and total Sobol index. */
    static List<List<String>> sobolRows(StudySurrogates s) {
        List<List<String>> rows = new java.util.ArrayList<>();
        for (StudySurrogates.Fit f : s.fits()) {
            for (int j = 0; j < s.parameters().size(); j++) {
                rows.add(List.of(f.property(), f.model(), s.parameters().get(j), String.format(Locale.ROOT, "%.3f", f.sobolFirst()[j]),
                        String.format(Locale.ROOT, "%.3f", f.sobolTotal()[j])));
            }
        }
        return rows;
    }
}
