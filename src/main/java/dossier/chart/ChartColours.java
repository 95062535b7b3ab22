package dossier.chart;

import dossier.content.ChartSpec;
import dossier.content.Collection;
import dossier.content.Record;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * One colour per thing across the dossier: a country, a format or a record has the same colour in
 * every chart, so that no colour means two things on a page. Things take the palette in sorted
 * order of their keys over all charts, so the assignment is the same on every build; a record may
 * choose its own ({@code colour: "#0072B2"}), and a chart spec may recolour what it shows
 * ({@code colours: {Tajikistan: "#0072B2"}}).
 */
public record ChartColours(Map<String, String> byThing) {
    /**
     * Okabe and Ito's colour-blind-safe palette, black left out (it reads as text) and yellow last
     * (faint on white), then Paul Tol's muted colours for dossiers with more things.
     */
    static final List<String> PALETTE = List.of("#0072B2", "#E69F00", "#009E73", "#D55E00", "#CC79A7", "#56B4E9",
            "#F0E442", "#882255", "#44AA99", "#999933", "#332288", "#AA4499");

    public ChartColours {
        byThing = Map.copyOf(byThing);
    }

    /** Colours for every thing the charts show; {@code chosen} maps record keys to their own colour. */
    public static ChartColours assign(java.util.Collection<ChartData> charts, Map<String, String> chosen) {
        TreeSet<String> things = new TreeSet<>();
        charts.forEach(data -> data.points().forEach(point -> things.add(point.thing())));
        TreeSet<String> taken = new TreeSet<>();
        chosen.values().forEach(colour -> taken.add(colour.toUpperCase(Locale.ROOT)));
        List<String> free = new ArrayList<>(PALETTE.stream().filter(colour -> !taken.contains(colour)).toList());
        if (free.isEmpty()) {
            free.addAll(PALETTE);
        }
        Map<String, String> byThing = new TreeMap<>();
        int next = 0;
        for (String thing : things) {
            String own = chosen.get(thing);
            byThing.put(thing, own != null ? own : free.get(next++ % free.size()));
        }
        return new ChartColours(byThing);
    }

    /** The colours records choose for themselves ({@code colour:}), by record key. */
    public static Map<String, String> chosenBy(List<Collection> collections) {
        Map<String, String> chosen = new TreeMap<>();
        for (Collection collection : collections) {
            for (Record record : collection.records()) {
                record.colour().ifPresent(colour -> chosen.put(record.key(), colour));
            }
        }
        return chosen;
    }

    /** A point's colour in a chart: the spec's own for its series or category, else its thing's. */
    public String of(ChartSpec spec, ChartPoint point) {
        Map<String, String> own = spec.colours();
        if (own.containsKey(point.series())) {
            return own.get(point.series());
        }
        if (own.containsKey(point.x())) {
            return own.get(point.x());
        }
        return byThing.getOrDefault(point.thing(), PALETTE.get(0));
    }
}
