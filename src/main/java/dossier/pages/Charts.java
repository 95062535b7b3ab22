package dossier.pages;

import dossier.chart.ChartColours;
import dossier.chart.ChartComputer;
import dossier.chart.ChartData;
import dossier.chart.ChartFigure;
import dossier.chart.ChartTable;
import dossier.content.ChartSpec;
import dossier.link.LinkedSite;
import dossier.link.PageKind;
import dossier.output.SiteWriter;
import dossier.problem.Problem;
import dossier.schema.DidYouMean;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/** Every chart of a build, computed once: its data and its figure, shared by all pages that show it. */
public final class Charts {
    private final Map<String, ChartSpec> specs;
    private final Map<String, ChartData> data;
    private final Map<String, String> figures;

    private Charts(Map<String, ChartSpec> specs, Map<String, ChartData> data, Map<String, String> figures) {
        this.specs = specs;
        this.data = data;
        this.figures = figures;
    }

    public static Charts of(LinkedSite site) {
        ChartComputer computer = new ChartComputer(site);
        Map<String, ChartSpec> specs = new LinkedHashMap<>();
        Map<String, ChartData> data = new LinkedHashMap<>();
        Map<String, String> figures = new LinkedHashMap<>();
        for (ChartSpec spec : site.content().charts()) {
            specs.put(spec.id(), spec);
            data.put(spec.id(), computer.compute(spec));
        }
        // Colours are assigned over every chart at once, so a thing has one colour across the dossier.
        ChartFigure figure = new ChartFigure(site, ChartColours.assign(data.values(),
                ChartColours.chosenBy(site.collections())));
        specs.forEach((id, spec) -> figures.put(id, figure.html(spec, data.get(id))));
        return new Charts(specs, data, figures);
    }

    /**
     * A name under a chart's {@code colours:} that the chart shows nowhere, as a series or a category:
     * most likely a misspelling, which would otherwise leave the chart silently in its default colours.
     */
    public List<Problem> coloursOfNothing() {
        List<Problem> problems = new ArrayList<>();
        specs.forEach((id, spec) -> {
            ChartData shown = data.get(id);
            Set<String> names = new TreeSet<>(shown.series());
            names.addAll(shown.categories());
            for (String name : spec.colours().keySet()) {
                if (!names.contains(name)) {
                    String pointer = "/colours/" + name.replace("~", "~0").replace("/", "~1");
                    String nearest = DidYouMean.hint(name, names);
                    problems.add(Problem.at(spec.document().keyAt(pointer),
                            "the chart shows no series or category \"" + name + "\" to colour",
                            (nearest.isEmpty() ? "" : nearest + " ") + "it shows: " + String.join(", ", names)));
                }
            }
        });
        return problems;
    }

    /** Every chart's figure, by the chart's id. */
    public Map<String, String> figures() {
        return java.util.Collections.unmodifiableMap(figures);
    }

    public Optional<String> figure(String id) {
        return Optional.ofNullable(figures.get(id));
    }

    public List<ChartSpec> specs() {
        return List.copyOf(specs.values());
    }

    /** The chart whose page is at {@code sitePath}, if one is. */
    Optional<ChartSpec> at(String sitePath) {
        return specs.values().stream().filter(spec -> spec.path().equals(sitePath)).findFirst();
    }

    /** A chart's data as CSV. */
    public byte[] csv(ChartSpec spec, LinkedSite site) {
        return ChartTable.csv(spec, data.get(spec.id()), site);
    }

    /**
     * The data published beside a version of the page at {@code sitePath}: for a chart's page
     * ("/charts/<id>/"), its CSV as it was, at "charts/<id>/v/<revision>/<id>.csv"; nothing for other
     * pages. The version links it, so the data a reader downloads is the data of the version they cite.
     */
    public static List<String> versionData(String sitePath, PageKind kind, String revision) {
        if (kind != PageKind.CHART) {
            return List.of();
        }
        String id = sitePath.substring("/charts/".length(), sitePath.length() - 1);
        return List.of(dossier.cite.Citations.versionPath(sitePath, revision).substring(1) + id + ".csv");
    }

    /** Writes the data of a version of a chart (see {@link #versionData}). */
    public void writeVersionData(String sitePath, List<String> files, LinkedSite site, SiteWriter out) {
        at(sitePath).ifPresent(spec -> files.forEach(file -> out.write(file, csv(spec, site))));
    }

    /** Where a chart's data is published: "charts/<id>/<id>.csv". */
    public static String csvFile(ChartSpec spec) {
        return spec.path().substring(1) + spec.id() + ".csv";
    }
}
