package dossier.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dossier.content.ChartSpec;
import dossier.yaml.YamlReader;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** One colour per thing across the dossier, the same on every build, and the overrides of records and specs. */
class ChartTruthColoursTest {

    private static ChartPoint point(String x, String series, String thing) {
        return new ChartPoint(x, series, BigDecimal.ONE, "", "", List.of("items/" + x), thing, Optional.empty());
    }

    private static ChartData chart(ChartPoint... points) {
        return new ChartData(List.of(), List.of(), List.of(points));
    }

    private static ChartSpec spec(String yaml) {
        YamlReader.Result result = new YamlReader().read("content/charts/c.yaml", yaml, 0);
        return new ChartSpec("c", "content/charts/c.yaml", ((YamlReader.Parsed) result).document());
    }

    @Test
    void aThingHasOneColourInEveryChartAndNoTwoThingsShareOne() {
        ChartData byYear = chart(point("2006", "bilateral", "bilateral"), point("2007", "multilateral", "multilateral"));
        ChartData byCountry = chart(point("Peace Mission", "China", "countries/china"),
                point("Kuliab", "Tajikistan", "countries/tajikistan"), point("Kuliab", "bilateral", "bilateral"));
        ChartColours colours = ChartColours.assign(List.of(byYear, byCountry), Map.of());
        ChartSpec plain = spec("title: c\n");

        assertEquals(colours.of(plain, byYear.points().get(0)), colours.of(plain, byCountry.points().get(2)),
                "bilateral is one colour in both charts");
        Set<String> distinct = colours.byThing().values().stream().collect(Collectors.toSet());
        assertEquals(4, distinct.size(), "four things, four colours: " + colours.byThing());
    }

    @Test
    void colourFollowsTheSortedThingsNotTheOrderOfCharts() {
        ChartData first = chart(point("a", "a", "countries/tajikistan"));
        ChartData second = chart(point("b", "b", "countries/china"));
        assertEquals(ChartColours.assign(List.of(first, second), Map.of()),
                ChartColours.assign(List.of(second, first), Map.of()));
        assertEquals(ChartColours.PALETTE.get(0),
                ChartColours.assign(List.of(first, second), Map.of()).byThing().get("countries/china"));
    }

    @Test
    void aRecordsOwnColourWinsAndIsNotGivenToAnotherThing() {
        ChartData data = chart(point("a", "a", "countries/china"), point("b", "b", "countries/tajikistan"));
        String firstOfPalette = ChartColours.PALETTE.get(0);
        ChartColours colours = ChartColours.assign(List.of(data), Map.of("countries/tajikistan", firstOfPalette));
        assertEquals(firstOfPalette, colours.byThing().get("countries/tajikistan"));
        assertNotEquals(firstOfPalette, colours.byThing().get("countries/china"));
    }

    @Test
    void aChartSpecRecoloursTheSeriesOrCategoryItNames() {
        ChartPoint tajikistan = point("2009", "Tajikistan", "countries/tajikistan");
        ChartColours colours = ChartColours.assign(List.of(chart(tajikistan)), Map.of());
        assertEquals("#123456", colours.of(spec("colours: {Tajikistan: \"#123456\"}\n"), tajikistan));
        assertEquals(colours.byThing().get("countries/tajikistan"), colours.of(spec("title: c\n"), tajikistan));
    }
}
