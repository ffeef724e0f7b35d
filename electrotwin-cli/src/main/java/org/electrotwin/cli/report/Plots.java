package org.electrotwin.cli.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;

/** Line plots as PNG (XChart), for size distributions, through-thickness profiles and curves. */
public final class Plots {
    private static final Map<String, Color> PHASE_COLOURS = Map.of(
            "pore", new Color(0x3b4cc0), "am", new Color(0x555555), "cbd", new Color(0xe8890c), "se", new Color(0x2ca02c));

    private Plots() {}

    /** One chart with a series per entry: {@code series.get(name) = {x[], y[]}}. */
    public static void line(Path png, String title, String xLabel, String yLabel, Map<String, double[][]> series) {
        chart(png, title, xLabel, yLabel, series, false);
    }

    /** Points instead of lines (a series named "y = x" is drawn as a line, for parity plots). */
    public static void scatter(Path png, String title, String xLabel, String yLabel, Map<String, double[][]> series) {
        chart(png, title, xLabel, yLabel, series, true);
    }

    private static void chart(Path png, String title, String xLabel, String yLabel, Map<String, double[][]> series, boolean points) {
        XYChart chart = new XYChartBuilder().width(720).height(440).title(title).xAxisTitle(xLabel).yAxisTitle(yLabel).build();
        chart.getStyler().setLegendPosition(Styler.LegendPosition.InsideNE);
        chart.getStyler().setChartBackgroundColor(Color.WHITE);
        chart.getStyler().setPlotGridLinesColor(new Color(0xdddddd));
        chart.getStyler().setAntiAlias(true);
        for (Map.Entry<String, double[][]> e : series.entrySet()) {
            double[] x = e.getValue()[0];
            double[] y = e.getValue()[1];
            if (x.length == 0) {
                continue;
            }
            XYSeries s = chart.addSeries(e.getKey(), x, y);
            if (points && !e.getKey().equals("y = x")) {
                s.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
                s.setMarker(SeriesMarkers.CIRCLE);
            } else {
                s.setMarker(SeriesMarkers.NONE);
                s.setLineStyle(new BasicStroke(2f));
            }
            Color c = PHASE_COLOURS.get(e.getKey().split(" ")[0]);
            if (c != null) {
                s.setLineColor(c);
            }
        }
        try {
            Files.createDirectories(png.toAbsolutePath().getParent());
            BitmapEncoder.saveBitmap(chart, png.toString(), BitmapEncoder.BitmapFormat.PNG);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + png, e);
        }
    }
}
