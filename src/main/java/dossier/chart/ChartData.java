package dossier.chart;

import java.util.List;

/**
 * The values of a chart, ready to draw and to tabulate: categories in order, series in order, and
 * every point with the records behind it.
 */
public record ChartData(List<String> categories, List<String> series, List<ChartPoint> points) {

    public ChartData {
        categories = List.copyOf(categories);
        series = List.copyOf(series);
        points = List.copyOf(points);
    }

    /** The point at a category and series, if any. */
    public java.util.Optional<ChartPoint> at(String category, String seriesName) {
        return points.stream().filter(p -> p.x().equals(category) && p.series().equals(seriesName)).findFirst();
    }
}
