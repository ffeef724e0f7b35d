package org.electrotwin.campaign;

import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.electrotwin.core.json.Json;

/** Writes a campaign as one CSV row per run: key, status, source, seed, parameters, wall time, every numeric property. */
public final class CampaignExport {
    private CampaignExport() {}

    public static void csv(CampaignStore store, String campaign, Path out) {
        List<RunRecord> runs = store.runs(campaign);
        Set<String> params = new LinkedHashSet<>();
        Set<String> props = new LinkedHashSet<>();
        List<Map<String, Double>> flat = new java.util.ArrayList<>();
        for (RunRecord r : runs) {
            params.addAll(r.parameters().keySet());
            Map<String, Double> f = r.propertiesJson() == null ? Map.of() : PropertyPaths.flatten(PropertyPaths.parse(r.propertiesJson()));
            props.addAll(f.keySet());
            flat.add(f);
        }
        Map<String, String> sources = store.sources(campaign);
        StringBuilder sb = new StringBuilder("key,status,source,seed");
        params.forEach(p -> sb.append(',').append(csv(p)));
        sb.append(",wallTimeS");
        props.forEach(p -> sb.append(',').append(csv(p)));
        sb.append(",error\n");
        for (int i = 0; i < runs.size(); i++) {
            RunRecord r = runs.get(i);
            sb.append(csv(r.key())).append(',').append(r.status()).append(',').append(csv(sources.get(r.key()))).append(',').append(r.seed());
            for (String p : params) {
                sb.append(',').append(num(r.parameters().get(p)));
            }
            sb.append(',').append(num(r.wallTimeS()));
            for (String p : props) {
                sb.append(',').append(num(flat.get(i).get(p)));
            }
            sb.append(',').append(r.error() == null ? "" : csv(r.error())).append('\n');
        }
        Json.writeAtomically(out, sb.toString());
    }

    private static String num(Double d) {
        return d == null ? "" : String.format(Locale.ROOT, "%.10g", d);
    }

    private static String csv(String s) {
        return s.contains(",") || s.contains("\"") || s.contains("|") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
    }
}
