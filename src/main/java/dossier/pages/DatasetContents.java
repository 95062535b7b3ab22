package dossier.pages;

import com.fasterxml.jackson.databind.JsonNode;
import dossier.content.ChartSpec;
import dossier.content.Collection;
import dossier.link.LinkedSite;
import java.util.ArrayList;
import java.util.List;

/**
 * One sentence on what a dataset holds, read from the data itself, which its linked data adds to
 * the description: search engines want datasets described in 50 characters or more, and a
 * collection's own description may be shorter ("Trade values by partner and year.").
 */
final class DatasetContents {
    private DatasetContents() {}

    /** "2 records of “Trade flow”, each with title, partner, ..., as CSV and as JSON with its JSON Schema." */
    public static String of(Collection collection) {
        int count = collection.records().size();
        JsonNode schema = collection.schema().source();
        String kind = schema.path("title").asText("");
        List<String> fields = new ArrayList<>();
        schema.path("properties").fieldNames().forEachRemaining(name -> {
            if (!name.equals("id")) {
                fields.add(name);
            }
        });
        return count + (count == 1 ? " record" : " records") + (kind.isBlank() ? "" : " of “" + kind.strip() + "”")
                + (fields.isEmpty() ? "" : (count == 1 ? " with " : ", each with ") + listed(fields))
                + ", as CSV and as JSON with its JSON Schema.";
    }

    /** "The values the chart shows, as CSV, from the collection “Military and technical aid”." */
    static String ofChart(ChartSpec spec, LinkedSite site) {
        String from = site.target(spec.collection()).map(target -> ", from the collection “" + target.title() + "”")
                .orElse("");
        return "The values the chart “" + spec.title() + "” shows, as CSV" + from + ".";
    }

    private static String listed(List<String> names) {
        if (names.size() == 1) {
            return "the field " + names.get(0);
        }
        return "the fields " + String.join(", ", names.subList(0, names.size() - 1)) + " and "
                + names.get(names.size() - 1);
    }
}
