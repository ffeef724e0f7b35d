package org.electrotwin.campaign;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.electrotwin.core.json.Json;

/**
 * Writes a campaign as a table, one row per run: key, status, source, seed, parameters, wall time,
 * every numeric property (dotted paths), error. As CSV, or as Parquet for pandas/Spark/DuckDB.
 */
public final class CampaignExport {
    private CampaignExport() {}

    public static void csv(CampaignStore store, String campaign, Path out) {
        List<ParquetTable.Column> t = table(store, campaign);
        int rows = t.isEmpty() ? 0 : t.get(0).rows();
        StringBuilder sb = new StringBuilder();
        for (int c = 0; c < t.size(); c++) {
            sb.append(c == 0 ? "" : ",").append(csv(t.get(c).name()));
        }
        sb.append('\n');
        for (int i = 0; i < rows; i++) {
            for (int c = 0; c < t.size(); c++) {
                sb.append(c == 0 ? "" : ",");
                ParquetTable.Column col = t.get(c);
                if (col instanceof ParquetTable.Strings s) {
                    sb.append(s.values()[i] == null ? "" : csv(s.values()[i]));
                } else if (col instanceof ParquetTable.Longs l) {
                    sb.append(l.values()[i]);
                } else if (col instanceof ParquetTable.Doubles d) {
                    sb.append(Double.isNaN(d.values()[i]) ? "" : String.format(Locale.ROOT, "%.10g", d.values()[i]));
                }
            }
            sb.append('\n');
        }
        Json.writeAtomically(out, sb.toString());
    }

    /** The same table as an Apache Parquet file (missing values are nulls; doubles at full precision). */
    public static void parquet(CampaignStore store, String campaign, Path out) {
        ParquetTable.write(out, table(store, campaign));
    }

    /** The columns of the export, in order. */
    static List<ParquetTable.Column> table(CampaignStore store, String campaign) {
        List<RunRecord> runs = store.runs(campaign);
        Map<String, String> sources = store.sources(campaign);
        int n = runs.size();
        Set<String> params = new LinkedHashSet<>();
        Set<String> props = new LinkedHashSet<>();
        List<Map<String, Double>> flat = new ArrayList<>();
        for (RunRecord r : runs) {
            params.addAll(r.parameters().keySet());
            Map<String, Double> f = r.propertiesJson() == null ? Map.of() : PropertyPaths.flatten(PropertyPaths.parse(r.propertiesJson()));
            props.addAll(f.keySet());
            flat.add(f);
        }
        List<ParquetTable.Column> cols = new ArrayList<>();
        cols.add(new ParquetTable.Strings("key", runs.stream().map(RunRecord::key).toArray(String[]::new)));
        cols.add(new ParquetTable.Strings("status", runs.stream().map(r -> r.status().name()).toArray(String[]::new)));
        cols.add(new ParquetTable.Strings("source", runs.stream().map(r -> sources.get(r.key())).toArray(String[]::new)));
        cols.add(new ParquetTable.Longs("seed", runs.stream().mapToLong(RunRecord::seed).toArray()));
        for (String p : params) {
            cols.add(new ParquetTable.Doubles(p, runs.stream().mapToDouble(r -> r.parameters().getOrDefault(p, Double.NaN)).toArray()));
        }
        double[] wall = new double[n];
        for (int i = 0; i < n; i++) {
            RunRecord r = runs.get(i);
            wall[i] = r.status() == RunStatus.DONE || r.status() == RunStatus.FAILED ? r.wallTimeS() : Double.NaN;
        }
        cols.add(new ParquetTable.Doubles("wallTimeS", wall));
        for (String p : props) {
            double[] v = new double[n];
            for (int i = 0; i < n; i++) {
                v[i] = flat.get(i).getOrDefault(p, Double.NaN);
            }
            cols.add(new ParquetTable.Doubles(p, v));
        }
        cols.add(new ParquetTable.Strings("error", runs.stream().map(RunRecord::error).toArray(String[]::new)));
        return cols;
    }

    private static String csv(String s) {
        return s.contains(",") || s.contains("\"") || s.contains("|") || s.contains("\n") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
    }
}
