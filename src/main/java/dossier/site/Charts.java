package dossier.site;

import dossier.chart.ChartComputer;
import dossier.chart.ChartData;
import dossier.chart.ChartFigure;
import dossier.chart.ChartTable;
import dossier.content.ChartSpec;
import dossier.link.LinkedSite;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Every chart of a build, computed once: its data and its figure, shared by all pages that show it. */
final class Charts {
    private final Map<String, ChartSpec> specs;
    private final Map<String, ChartData> data;
    private final Map<String, String> figures;

    private Charts(Map<String, ChartSpec> specs, Map<String, ChartData> data, Map<String, String> figures) {
        this.specs = specs;
        this.data = data;
        this.figures = figures;
    }

    static Charts of(LinkedSite site) {
        ChartComputer computer = new ChartComputer(site);
        ChartFigure figure = new ChartFigure(site);
        Map<String, ChartSpec> specs = new LinkedHashMap<>();
        Map<String, ChartData> data = new LinkedHashMap<>();
        Map<String, String> figures = new LinkedHashMap<>();
        for (ChartSpec spec : site.content().charts()) {
            ChartData values = computer.compute(spec);
            specs.put(spec.id(), spec);
            data.put(spec.id(), values);
            figures.put(spec.id(), figure.html(spec, values));
        }
        return new Charts(specs, data, figures);
    }

    Optional<String> figure(String id) {
        return Optional.ofNullable(figures.get(id));
    }

    List<ChartSpec> specs() {
        return List.copyOf(specs.values());
    }

    void writeCsv(LinkedSite site, SiteWriter out) {
        specs.forEach((id, spec) -> out.write(csvFile(spec), ChartTable.csv(spec, data.get(id), site)));
    }

    /** Where a chart's data is published: "charts/<id>/<id>.csv". */
    static String csvFile(ChartSpec spec) {
        return spec.path().substring(1) + spec.id() + ".csv";
    }
}
