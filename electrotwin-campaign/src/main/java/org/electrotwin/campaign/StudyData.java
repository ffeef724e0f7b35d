package org.electrotwin.campaign;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

/**
 * The finished runs of a study as a table for learning: x[i][j] is parameter j of run i (the
 * study's {@link Study#parameterNames()}), y[i][k] is output k (objectives, target properties,
 * then constrained properties, each named once), NaN where a run does not define it.
 */
public record StudyData(List<String> keys, List<String> parameters, List<String> outputs, double[][] x, double[][] y) {

    /** The DONE runs among {@code runs}, in their order. */
    public static StudyData of(Study study, List<RunRecord> runs) {
        List<RunRecord> done = runs.stream().filter(r -> r.status() == RunStatus.DONE).toList();
        List<String> names = study.parameterNames();
        List<String> props = new ArrayList<>();
        study.objectives().forEach(o -> props.add(o.property()));
        props.addAll(study.target().keySet());
        study.constraints().forEach(c -> props.add(c.property()));
        List<String> outputs = props.stream().distinct().toList();
        double[][] x = new double[done.size()][names.size()];
        double[][] y = new double[done.size()][outputs.size()];
        for (int i = 0; i < done.size(); i++) {
            for (int k = 0; k < names.size(); k++) {
                x[i][k] = done.get(i).parameters().getOrDefault(names.get(k), Double.NaN);
            }
            JsonNode p = PropertyPaths.parse(done.get(i).propertiesJson());
            for (int k = 0; k < outputs.size(); k++) {
                OptionalDouble v = PropertyPaths.value(p, outputs.get(k));
                y[i][k] = v.isPresent() ? v.getAsDouble() : Double.NaN;
            }
        }
        return new StudyData(done.stream().map(RunRecord::key).toList(), names, outputs, x, y);
    }

    public int size() {
        return x.length;
    }

    /** The runs where output k is defined: their parameters and values. */
    public Column column(int k) {
        List<double[]> xs = new ArrayList<>();
        List<Double> ys = new ArrayList<>();
        for (int i = 0; i < x.length; i++) {
            if (Double.isFinite(y[i][k])) {
                xs.add(x[i]);
                ys.add(y[i][k]);
            }
        }
        return new Column(outputs.get(k), xs.toArray(new double[0][]), ys.stream().mapToDouble(Double::doubleValue).toArray());
    }

    /** One output over the runs that define it. */
    public record Column(String property, double[][] x, double[] y) {}
}
