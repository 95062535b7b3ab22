package dossier.publish;

import dossier.output.SiteWriter;
import dossier.pages.Charts;
import dossier.problem.Problem;
import java.util.List;

/** Each chart's data as CSV, at {@code charts/<id>/<id>.csv}, the download its page offers. */
final class ChartCsvs implements SiteOutput {
    @Override
    public List<Problem> write(BuiltSite site, SiteWriter out) {
        Charts charts = site.charts();
        charts.specs().forEach(spec -> out.write(Charts.csvFile(spec), charts.csv(spec, site.site())));
        return List.of();
    }
}
