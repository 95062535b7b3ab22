package dossier.chart;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * One plotted value: a bar, a bar segment, a point of a line or a span.
 *
 * @param qualifier the source's hedge ("about", "more than"), empty when exact
 * @param label     what the source says of it besides the value, such as the period
 * @param records   the records behind the value, as keys ("aid/kazakhstan-1997-2003")
 * @param thing     what its colour stands for, the same in every chart: the key of the record a
 *                  series or category names ("countries/tajikistan"), else the name shown ("bilateral")
 * @param span      the years it covers, for a span chart
 */
public record ChartPoint(String x, String series, BigDecimal value, String qualifier, String label,
                         List<String> records, String thing, Optional<ChartSpan> span) {

    public ChartPoint {
        records = List.copyOf(records);
    }
}
