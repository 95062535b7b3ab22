package dossier.chart;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dossier.content.ChartSpec;
import dossier.format.Figures;
import dossier.io.Jackson;
import dossier.io.ScriptJson;
import dossier.link.LinkedSite;
import dossier.link.Reference;
import dossier.link.Target;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The HTML of a chart: a {@code <figure>} with its caption, a canvas described for screen
 * readers, the plotted data as JSON for the site script, the table of exactly those values
 * (readable without JavaScript), a CSV download, and the sources behind every point.
 */
public final class ChartFigure {
    private static final int DESCRIBED_POINTS = 24;

    private final LinkedSite site;
    private final ChartColours colours;

    public ChartFigure(LinkedSite site, ChartColours colours) {
        this.site = site;
        this.colours = colours;
    }

    public String html(ChartSpec spec, ChartData data) {
        Element figure = new Element("figure").addClass("chart").attr("id", "chart-" + spec.id());
        Element caption = figure.appendElement("figcaption");
        caption.appendElement("strong").text(spec.title());
        caption.appendText(" " + spec.caption());
        // Hidden until the site script has drawn the chart: without JavaScript it would be an empty box.
        figure.appendElement("div").addClass("chart-canvas").attr("hidden", true).appendElement("canvas")
                .attr("role", "img").attr("aria-label", description(spec, data));
        figure.appendElement("script").attr("type", "application/json").addClass("chart-data")
                .appendChild(new DataNode(embedded(spec, data)));
        Element tableBox = figure.appendElement("div").addClass("chart-table").attr("id", "chart-" + spec.id() + "-table");
        tableBox.appendChild(table(spec, data));
        spec.notes().ifPresent(notes -> figure.appendElement("p").addClass("chart-notes").text(notes));
        Element links = figure.appendElement("p").addClass("chart-links");
        links.appendElement("a").attr("href", site.config().href(spec.path() + spec.id() + ".csv"))
                .attr("download", "").text("Download the data (CSV)");
        links.appendText(" · ");
        links.appendElement("a").attr("href", site.config().href(spec.path())).text("Chart page");
        figure.appendChild(sources(data));
        Document.OutputSettings settings = new Document.OutputSettings().prettyPrint(false);
        return new Document("").outputSettings(settings).appendChild(figure).outerHtml()
                .replace("<html>", "").replace("</html>", "").strip();
    }

    /** What the chart shows, in words, for the canvas's aria-label. */
    static String description(ChartSpec spec, ChartData data) {
        String kind = switch (spec.type()) {
            case "horizontal-bar" -> "Horizontal bar chart";
            case "stacked-bar" -> "Stacked bar chart";
            case "line" -> "Line chart";
            case "span" -> "Chart of periods, each a bar from its first to its last year,";
            default -> "Bar chart";
        };
        List<String> parts = new ArrayList<>();
        for (ChartPoint point : data.points().subList(0, Math.min(DESCRIBED_POINTS, data.points().size()))) {
            if (spec.isSpan()) {
                parts.add(point.series() + ", " + point.x() + ": " + value(spec, point));
                continue;
            }
            String series = data.series().size() > 1 ? " (" + point.series() + ")" : "";
            parts.add(point.x() + series + ": " + value(spec, point));
        }
        String more = data.points().size() > DESCRIBED_POINTS
                ? "; and " + (data.points().size() - DESCRIBED_POINTS) + " more values in the table" : "";
        return kind + " of " + spec.title() + ". " + String.join("; ", parts) + more + ".";
    }

    static String value(ChartSpec spec, ChartPoint point) {
        if (spec.format().equals("money")) {
            return Figures.money(point.value(), spec.unit(), point.qualifier());
        }
        String number = Figures.grouped(point.value());
        String text = point.qualifier().isEmpty() ? number : point.qualifier() + " " + number;
        String unit = point.value().compareTo(java.math.BigDecimal.ONE) == 0 ? spec.unitSingular() : spec.unit();
        return unit.isEmpty() ? text : text + " " + unit;
    }

    /** Counts, and values that are all whole numbers of a unit other than money, have whole-number ticks. */
    static boolean countsWholeThings(ChartSpec spec, ChartData data) {
        return spec.value().isEmpty() || !spec.format().equals("money") && data.points().stream()
                .allMatch(point -> point.value().stripTrailingZeros().scale() <= 0);
    }

    private String embedded(ChartSpec spec, ChartData data) {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        root.put("type", spec.type());
        root.put("unit", spec.unit());
        root.put("unitSingular", spec.unitSingular());
        root.put("format", spec.format());
        root.put("integer", countsWholeThings(spec, data));
        // Bars of one series that stand for different things (one per record) are told apart by their
        // category's colour and direct labels, not by a legend.
        root.put("seriesAreRecords", spec.series().filter(ChartSpec.RECORD::equals).isPresent());
        ArrayNode labels = root.putArray("labels");
        data.categories().forEach(labels::add);
        ArrayNode datasets = root.putArray("datasets");
        for (String series : data.series()) {
            ObjectNode set = datasets.addObject();
            set.put("label", series);
            ArrayNode values = set.putArray("data");
            ArrayNode qualifiers = set.putArray("qualifiers");
            ArrayNode notes = set.putArray("notes");
            List<String> pointColours = new ArrayList<>();
            List<ChartPoint> points = spec.isSpan()
                    ? data.points().stream().filter(p -> p.series().equals(series) && p.span().isPresent()).toList()
                    : data.categories().stream().map(category -> data.at(category, series).orElse(null)).toList();
            for (ChartPoint point : points) {
                if (spec.isSpan()) {
                    ObjectNode bar = values.addObject();
                    bar.putArray("x").add(point.span().get().first()).add(point.span().get().drawnEnd());
                    bar.put("y", series);
                    bar.put("value", point.value());
                    notes.add(point.x());
                } else {
                    if (point == null) {
                        values.addNull();
                    } else {
                        values.add(point.value());
                    }
                    notes.add(point == null ? "" : point.label());
                }
                qualifiers.add(point == null ? "" : point.qualifier());
                if (point != null) {
                    pointColours.add(colours.of(spec, point));
                }
            }
            String first = pointColours.isEmpty() ? ChartColours.PALETTE.get(0) : pointColours.get(0);
            set.put("colour", first);
            if (pointColours.stream().distinct().count() > 1) {
                ArrayNode each = set.putArray("colours");
                for (ChartPoint point : points) {
                    each.add(point == null ? first : colours.of(spec, point));
                }
            }
        }
        try {
            return ScriptJson.embeddable(Jackson.JSON_WRITER.writeValueAsString(root));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Element table(ChartSpec spec, ChartData data) {
        Element table = new Element("table");
        table.appendElement("caption").text("The values plotted in " + spec.title());
        Element head = table.appendElement("thead").appendElement("tr");
        for (String column : ChartTable.columns(spec, data)) {
            head.appendElement("th").attr("scope", "col").text(column);
        }
        Element body = table.appendElement("tbody");
        for (ChartPoint point : data.points()) {
            Element row = body.appendElement("tr");
            row.appendElement("th").attr("scope", "row").text(point.x());
            if (ChartTable.hasSeries(data)) {
                row.appendElement("td").text(point.series());
            }
            row.appendElement("td").addClass("number").text(value(spec, point));
            if (spec.label().isPresent()) {
                row.appendElement("td").text(point.label());
            }
            Element records = row.appendElement("td");
            for (int i = 0; i < point.records().size(); i++) {
                Target target = site.target(point.records().get(i)).orElseThrow();
                if (i > 0) {
                    records.appendText(", ");
                }
                records.appendElement("a").attr("href", site.config().href(target.path())).text(target.title());
            }
        }
        return table;
    }

    private Element sources(ChartData data) {
        Set<String> sources = new LinkedHashSet<>();
        for (ChartPoint point : data.points()) {
            for (String key : point.records()) {
                site.outgoing().getOrDefault(key, List.of()).stream().filter(r -> r.toCollection().equals("sources"))
                        .map(Reference::to).forEach(sources::add);
            }
        }
        Element box = new Element("div").addClass("chart-sources");
        if (sources.isEmpty()) {
            return box;
        }
        box.appendElement("p").text("Sources of these values:");
        Element list = box.appendElement("ul");
        for (String key : sources) {
            Target target = site.target(key).orElseThrow();
            list.appendElement("li").appendElement("a").attr("href", site.config().href(target.path()))
                    .text(target.title());
        }
        return box;
    }
}
