package dossier.chart;

import java.math.BigDecimal;
import java.util.List;

/**
 * One plotted value: a bar, a bar segment or a point of a line.
 *
 * @param qualifier the source's hedge ("about", "more than"), empty when exact
 * @param label     what the source says of it besides the value, such as the period
 * @param records   the records behind the value, as keys ("aid/kazakhstan-1997-2003")
 */
public record ChartPoint(String x, String series, BigDecimal value, String qualifier, String label,
                         List<String> records) {

    public ChartPoint {
        records = List.copyOf(records);
    }
}
