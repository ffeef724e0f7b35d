package org.electrotwin.cli.report;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.electrotwin.core.json.Json;
import org.electrotwin.core.properties.ElectrodeProperties;
import org.electrotwin.core.properties.ElectrodeProperties.PerAxis;
import org.electrotwin.core.properties.ElectrodeProperties.PhaseProperties;

/**
 * A self-contained HTML page: sections of text, tables and images (PNG embedded as data URIs,
 * so the one file can be mailed or archived).
 */
public final class HtmlReport {
    private final String title;
    private final StringBuilder body = new StringBuilder();

    public HtmlReport(String title) {
        this.title = title;
    }

    public HtmlReport section(String heading) {
        body.append("<h2>").append(esc(heading)).append("</h2>\n");
        return this;
    }

    public HtmlReport paragraph(String text) {
        body.append("<p>").append(esc(text)).append("</p>\n");
        return this;
    }

    public HtmlReport preformatted(String text) {
        body.append("<pre>").append(esc(text)).append("</pre>\n");
        return this;
    }

    public HtmlReport table(List<String> header, List<List<String>> rows) {
        body.append("<table>\n<tr>");
        header.forEach(h -> body.append("<th>").append(esc(h)).append("</th>"));
        body.append("</tr>\n");
        for (List<String> r : rows) {
            body.append("<tr>");
            r.forEach(c -> body.append("<td>").append(esc(c)).append("</td>"));
            body.append("</tr>\n");
        }
        body.append("</table>\n");
        return this;
    }

    /** PNGs embedded in the page (data URIs), so the report is one self-contained file; the files stay beside it too. */
    public HtmlReport images(Path pageDir, List<Path> pngs) {
        body.append("<div class=\"imgs\">");
        for (Path p : pngs) {
            String rel = pageDir.toAbsolutePath().relativize(p.toAbsolutePath()).toString().replace('\\', '/');
            String data;
            try {
                data = "data:image/png;base64," + java.util.Base64.getEncoder().encodeToString(java.nio.file.Files.readAllBytes(p));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException("cannot read " + p, e);
            }
            body.append("<figure><img src=\"").append(data).append("\" alt=\"").append(esc(rel))
                    .append("\"><figcaption>").append(esc(rel)).append("</figcaption></figure>");
        }
        body.append("</div>\n");
        return this;
    }

    /** The phase and interface tables of a properties record. */
    public HtmlReport properties(ElectrodeProperties p) {
        List<List<String>> rows = new ArrayList<>();
        for (Map.Entry<String, PhaseProperties> e : p.phases().entrySet()) {
            PhaseProperties ph = e.getValue();
            rows.add(List.of(e.getKey(), f(ph.volumeFraction()), f(ph.connectedFraction()),
                    ph.percolating() == null ? "" : flags(ph.percolating()),
                    axis(ph.tortuosityFactor()), axis(ph.geometricTortuosity()),
                    ph.sizeDistribution() == null || ph.sizeDistribution().isEmpty() ? ""
                            : ph.sizeDistribution().entrySet().stream()
                                    .map(s -> s.getKey() + " d50 " + um(s.getValue().d50M())).reduce((a, b) -> a + "; " + b).orElse(""),
                    ph.specificSurfacePerM() == null ? "" : String.format(Locale.ROOT, "%.3g", ph.specificSurfacePerM())));
        }
        table(List.of("phase", "volume fraction", "connected", "percolates x/y/z", "tortuosity factor x/y/z",
                "geometric tortuosity x/y/z", "size (d50)", "specific surface 1/m"), rows);
        if (p.interfaces() != null && !p.interfaces().isEmpty()) {
            List<List<String>> ir = new ArrayList<>();
            p.interfaces().forEach((k, v) -> ir.add(List.of(k, String.format(Locale.ROOT, "%.4g", v.areaM2() * 1e12),
                    String.format(Locale.ROOT, "%.4g", v.specificAreaPerM()))));
            table(List.of("interface", "area µm²", "specific area 1/m"), ir);
        }
        if (p.effectiveConductivity() != null && !p.effectiveConductivity().isEmpty()) {
            List<List<String>> cr = new ArrayList<>();
            p.effectiveConductivity().forEach((k, v) -> cr.add(List.of(k, v.method(), axis(v.effectiveConductivity()))));
            table(List.of("network", "method", "effective conductivity x/y/z (S/m)"), cr);
        }
        return this;
    }

    public void write(Path html) {
        String css = "body{font-family:system-ui,sans-serif;max-width:1100px;margin:2em auto;color:#222}"
                + "table{border-collapse:collapse;margin:1em 0}td,th{border:1px solid #ccc;padding:4px 8px;text-align:left}"
                + "th{background:#f0f0f0}pre{background:#f7f7f7;padding:1em}.imgs{display:flex;flex-wrap:wrap;gap:1em}"
                + "figure{margin:0}img{max-width:520px;border:1px solid #ddd}figcaption{font-size:small;color:#666}";
        String page = "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + esc(title) + "</title><style>" + css
                + "</style></head><body>\n<h1>" + esc(title) + "</h1>\n" + body + "</body></html>\n";
        Json.writeAtomically(html, page);
    }

    private static String flags(ElectrodeProperties.PerAxisFlags f) {
        return yn(f.x()) + "/" + yn(f.y()) + "/" + yn(f.z());
    }

    private static String yn(Boolean b) {
        return b == null ? "–" : b ? "yes" : "no";
    }

    private static String axis(PerAxis a) {
        if (a == null) {
            return "";
        }
        return f(a.x()) + " / " + f(a.y()) + " / " + f(a.z());
    }

    private static String f(Double d) {
        return d == null ? "–" : String.format(Locale.ROOT, "%.4g", d);
    }

    private static String um(double m) {
        return String.format(Locale.ROOT, "%.2f µm", m * 1e6);
    }

    static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
