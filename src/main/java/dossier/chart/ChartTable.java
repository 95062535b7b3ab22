package dossier.chart;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import dossier.content.ChartSpec;
import dossier.io.CsvCells;
import dossier.io.Jackson;
import dossier.link.LinkedSite;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** The columns of a chart's table and its CSV download: exactly the plotted values. */
public final class ChartTable {
    private ChartTable() {}

    static boolean hasSeries(ChartData data) {
        return data.series().size() > 1;
    }

    static List<String> columns(ChartSpec spec, ChartData data) {
        List<String> columns = new ArrayList<>();
        columns.add(spec.binsYears() ? "Year" : heading(spec.x()));
        if (hasSeries(data)) {
            columns.add(heading(spec.series().orElse("series")));
        }
        columns.add(spec.unit().isEmpty() ? "Value" : "Value (" + spec.unit() + ")");
        spec.label().ifPresent(label -> columns.add(heading(label)));
        columns.add("Records");
        return columns;
    }

    /** CSV with the number as a plain value and the qualifier in a column of its own. */
    public static byte[] csv(ChartSpec spec, ChartData data, LinkedSite site) {
        CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true).addColumn("category");
        if (hasSeries(data)) {
            schema.addColumn("series");
        }
        if (spec.isSpan()) {
            // The years a span covers, both included: 1993 and 2008 for "1993–2008".
            schema.addColumn("start").addColumn("end");
        }
        schema.addColumn("value").addColumn("qualifier").addColumn("unit");
        spec.label().ifPresent(label -> schema.addColumn("label"));
        schema.addColumn("records");
        List<List<String>> rows = new ArrayList<>();
        for (ChartPoint point : data.points()) {
            List<String> row = new ArrayList<>();
            row.add(point.x());
            if (hasSeries(data)) {
                row.add(point.series());
            }
            if (spec.isSpan()) {
                row.add(point.span().map(span -> String.valueOf(span.first())).orElse(""));
                row.add(point.span().map(span -> String.valueOf(span.last())).orElse(""));
            }
            row.add(point.value().stripTrailingZeros().toPlainString());
            row.add(point.qualifier());
            row.add(spec.unit());
            spec.label().ifPresent(label -> row.add(point.label()));
            row.add(String.join(" ", point.records().stream()
                    .map(key -> site.config().absolute(site.target(key).orElseThrow().path())).toList()));
            rows.add(row.stream().map(CsvCells::inert).toList());
        }
        try {
            return Jackson.CSV_WRITER.with(schema.build())
                    .writeValueAsString(rows).getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String heading(String field) {
        if (field.equals(ChartSpec.RECORD)) {
            return "Record";
        }
        String last = field.substring(field.lastIndexOf('.') + 1);
        String spaced = last.replaceAll("([A-Z])", " $1").toLowerCase(java.util.Locale.ROOT);
        return Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
    }
}
