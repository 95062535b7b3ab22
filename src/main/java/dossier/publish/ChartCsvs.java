package dossier.publish;

import dossier.content.ChartSpec;
import dossier.link.LinkedSite;
import dossier.output.OutputPaths.Owner;
import dossier.output.OutputPaths;
import dossier.output.SiteWriter;
import dossier.pages.Charts;
import dossier.problem.Position;
import dossier.problem.Problem;
import java.nio.file.Path;
import java.util.List;

/** Each chart's data as CSV, at {@code charts/<id>/<id>.csv}, the download its page offers. */
final class ChartCsvs implements SiteOutput {
    @Override
    public void claim(Path root, LinkedSite site, List<Path> templateAssets, OutputPaths paths) {
        for (ChartSpec chart : site.content().charts()) {
            paths.claim(Charts.csvFile(chart), new Owner(Position.start(chart.file()), "the data of the chart "
                    + chart.file()));
        }
    }

    @Override
    public List<Problem> write(BuiltSite site, SiteWriter out) {
        Charts charts = site.charts();
        charts.specs().forEach(spec -> out.write(Charts.csvFile(spec), charts.csv(spec, site.site())));
        return List.of();
    }
}
