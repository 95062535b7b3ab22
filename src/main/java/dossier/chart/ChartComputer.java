package dossier.chart;

import com.fasterxml.jackson.databind.JsonNode;
import dossier.content.ChartSpec;
import dossier.content.Collection;
import dossier.content.FieldPaths;
import dossier.content.Record;
import dossier.format.Figures;
import dossier.link.LinkedSite;
import dossier.link.Reference;
import dossier.link.Target;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.IntStream;

/**
 * Turns a chart spec into its data: selects the rows (records, or elements of an array field),
 * filters them, groups them by category and series and sums or counts their values. References
 * show as the title of the record they name.
 */
public final class ChartComputer {
    private final LinkedSite site;

    public ChartComputer(LinkedSite site) {
        this.site = site;
    }

    private record Row(Record record, JsonNode node, String pointer) {}

    public ChartData compute(ChartSpec spec) {
        Collection collection = site.collections().stream().filter(c -> c.name().equals(spec.collection()))
                .findFirst().orElseThrow();
        Map<String, Map<String, List<Row>>> grouped = new LinkedHashMap<>();
        for (Row row : rows(spec, collection)) {
            String x = category(spec, row);
            String series = spec.series().map(field -> display(row, field)).orElse(spec.unit().isEmpty()
                    ? spec.title() : capitalised(spec.unit()));
            grouped.computeIfAbsent(x, k -> new LinkedHashMap<>()).computeIfAbsent(series, k -> new ArrayList<>())
                    .add(row);
        }
        List<ChartPoint> points = new ArrayList<>();
        TreeSet<String> seriesNames = new TreeSet<>();
        grouped.forEach((x, bySeries) -> bySeries.forEach((series, rows) -> {
            seriesNames.add(series);
            points.add(point(spec, x, series, rows));
        }));
        if (spec.isSpan()) {
            // One row of the chart per series; its spans in time order.
            List<ChartPoint> ordered = points.stream().sorted(Comparator.comparing(ChartPoint::series)
                    .thenComparing(p -> p.span().map(ChartSpan::first).orElse(Integer.MAX_VALUE))
                    .thenComparing(ChartPoint::x)).toList();
            return new ChartData(List.copyOf(seriesNames), List.copyOf(seriesNames), ordered);
        }
        List<String> categories = categories(spec, points);
        List<ChartPoint> ordered = points.stream()
                .sorted(Comparator.comparingInt((ChartPoint p) -> categories.indexOf(p.x()))
                        .thenComparing(ChartPoint::series))
                .toList();
        return new ChartData(categories, List.copyOf(seriesNames), ordered);
    }

    /**
     * What a point's colour stands for: the series, or the category when the series is each record
     * (a bar of several records is one thing, Tajikistan) or the chart has none.
     */
    private String thing(ChartSpec spec, Row row, String series) {
        Optional<String> field = spec.series().filter(f -> !f.equals(ChartSpec.RECORD));
        if (field.isEmpty() && !spec.binsYears() && !spec.isSpan()) {
            field = Optional.of(spec.x());
        }
        if (field.isEmpty()) {
            return series;
        }
        if (field.get().equals(ChartSpec.RECORD)) {
            return row.record().key();
        }
        String pointer = row.pointer() + FieldPaths.pointer(field.get());
        for (Reference reference : site.outgoing(row.record())) {
            if (reference.pointer().equals(pointer)) {
                return reference.to();
            }
        }
        return display(row, field.get());
    }

    private List<Row> rows(ChartSpec spec, Collection collection) {
        List<Row> rows = new ArrayList<>();
        for (Record record : collection.records().stream().sorted(Comparator.comparing(Record::id)).toList()) {
            if (spec.each().isPresent()) {
                String base = FieldPaths.pointer(spec.each().get());
                JsonNode items = record.fields().at(base);
                for (int i = 0; i < items.size(); i++) {
                    rows.add(new Row(record, items.get(i), base + "/" + i));
                }
            } else {
                rows.add(new Row(record, record.fields(), ""));
            }
        }
        return rows.stream().filter(row -> spec.filters().stream().allMatch(filter -> keeps(filter, row))).toList();
    }

    private static boolean keeps(JsonNode filter, Row row) {
        JsonNode value = row.node().at(FieldPaths.pointer(filter.path("field").asText()));
        boolean present = !value.isMissingNode() && !value.isNull();
        if (filter.has("exists") && filter.path("exists").asBoolean() != present) {
            return false;
        }
        if (filter.has("equals") && !(present && same(value, filter.get("equals")))) {
            return false;
        }
        return !(filter.has("notEquals") && present && same(value, filter.get("notEquals")));
    }

    private static boolean same(JsonNode a, JsonNode b) {
        return a.isNumber() && b.isNumber() ? a.decimalValue().compareTo(b.decimalValue()) == 0
                : a.asText().equals(b.asText());
    }

    private String category(ChartSpec spec, Row row) {
        if (spec.binsYears()) {
            JsonNode value = row.node().at(FieldPaths.pointer(spec.x()));
            String text = value.isObject() ? value.path("start").asText("") : value.asText("");
            return text.length() >= 4 ? text.substring(0, 4) : "undated";
        }
        return display(row, spec.x());
    }

    /** A field as readers see it: a reference as its record's title, a date object formatted. */
    private String display(Row row, String field) {
        if (field.equals(ChartSpec.RECORD)) {
            return title(row.record().key());
        }
        String pointer = row.pointer() + FieldPaths.pointer(field);
        for (Reference reference : site.outgoing(row.record())) {
            if (reference.pointer().equals(pointer)) {
                return title(reference.to());
            }
        }
        JsonNode value = row.node().at(FieldPaths.pointer(field));
        if (value.isObject() && value.has("start")) {
            return Figures.when(value);
        }
        if (value.isArray()) {
            List<String> items = new ArrayList<>();
            value.forEach(item -> items.add(item.asText()));
            return String.join(", ", items);
        }
        return value.isMissingNode() || value.isNull() ? "not given" : value.asText();
    }

    private String title(String key) {
        return site.target(key).map(Target::title).orElse(key);
    }

    private ChartPoint point(ChartSpec spec, String x, String series, List<Row> rows) {
        BigDecimal total = BigDecimal.ZERO;
        TreeSet<String> qualifiers = new TreeSet<>();
        List<String> labels = new ArrayList<>();
        for (Row row : rows) {
            if (spec.value().isPresent()) {
                String path = spec.value().get();
                total = total.add(row.node().at(FieldPaths.pointer(path)).decimalValue());
                int dot = path.lastIndexOf('.');
                if (dot > 0) {
                    String qualifier = row.node().at(FieldPaths.pointer(path.substring(0, dot) + ".qualifier"))
                            .asText("");
                    if (!qualifier.isEmpty() && !qualifier.equals("exactly")) {
                        qualifiers.add(qualifier);
                    }
                }
            } else {
                total = total.add(BigDecimal.ONE);
            }
            spec.label().ifPresent(field -> {
                String text = display(row, field);
                if (!labels.contains(text)) {
                    labels.add(text);
                }
            });
        }
        String qualifier = qualifiers.size() == 1 ? qualifiers.first() : qualifiers.isEmpty() ? "" : "about";
        Row first = rows.get(0);
        Optional<ChartSpan> span = spec.isSpan()
                ? ChartSpan.of(first.node().at(FieldPaths.pointer(spec.x()))) : Optional.empty();
        return new ChartPoint(x, series, total, qualifier, String.join("; ", labels),
                rows.stream().map(row -> row.record().key()).distinct().toList(), thing(spec, first, series), span);
    }

    private static List<String> categories(ChartSpec spec, List<ChartPoint> points) {
        List<String> names = points.stream().map(ChartPoint::x).distinct().toList();
        if (spec.binsYears()) {
            List<Integer> years = names.stream().filter(n -> n.matches("\\d{4}")).map(Integer::parseInt).sorted()
                    .toList();
            if (years.isEmpty()) {
                return names;
            }
            // Every year between the first and the last, so gaps show as gaps.
            return IntStream.rangeClosed(years.get(0), years.get(years.size() - 1)).mapToObj(String::valueOf)
                    .toList();
        }
        if (spec.sortsByValue()) {
            Map<String, BigDecimal> totals = new LinkedHashMap<>();
            points.forEach(p -> totals.merge(p.x(), p.value(), BigDecimal::add));
            return names.stream().sorted(Comparator.comparing((String n) -> totals.get(n)).reversed()
                    .thenComparing(Comparator.naturalOrder())).toList();
        }
        return names.stream().sorted().toList();
    }

    private static String capitalised(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
