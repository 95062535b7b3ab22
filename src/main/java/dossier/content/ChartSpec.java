package dossier.content;

import com.fasterxml.jackson.databind.JsonNode;
import dossier.yaml.YamlDocument;
import java.util.List;
import java.util.Optional;

/**
 * A chart as declared in {@code content/charts/<id>.yaml} (schema: {@code dossier/chart.schema.json}).
 * Field names are dotted paths into a record, or into each element of {@code each}.
 */
public record ChartSpec(String id, String file, YamlDocument document) {

    /** The special field name for the record itself (its title, linked). */
    public static final String RECORD = "record";

    public JsonNode fields() {
        return document.root();
    }

    public String title() {
        return text("title").orElse(id);
    }

    public String caption() {
        return text("caption").orElse("");
    }

    public String type() {
        return text("type").orElse("bar");
    }

    public String collection() {
        return text("collection").orElse("");
    }

    public Optional<String> each() {
        return text("each");
    }

    public String x() {
        return text("x").orElse(RECORD);
    }

    public boolean binsYears() {
        return text("xBin").filter("year"::equals).isPresent();
    }

    public Optional<String> series() {
        return text("series");
    }

    public Optional<String> value() {
        return text("value");
    }

    public Optional<String> label() {
        return text("label");
    }

    public String unit() {
        return text("unit").orElse("");
    }

    /**
     * The unit for a value of exactly one: {@code unitSingular}, else derived from {@code unit}
     * ("people" to "person", "records" to "record"); a unit it cannot derive stays as it is.
     */
    public String unitSingular() {
        return text("unitSingular").orElseGet(() -> {
            String unit = unit();
            if (unit.equals("people")) {
                return "person";
            }
            return unit.length() > 1 && unit.endsWith("s") && !unit.endsWith("ss") && !unit.equals(unit.toUpperCase(
                    java.util.Locale.ROOT)) ? unit.substring(0, unit.length() - 1) : unit;
        });
    }

    /** {@code type: span}: each record a bar from the start to the end of its period, on a time axis. */
    public boolean isSpan() {
        return type().equals("span");
    }

    /** Colours this chart gives to series or categories, by the name shown ({@code colours:}). */
    public java.util.Map<String, String> colours() {
        java.util.Map<String, String> colours = new java.util.TreeMap<>();
        fields().path("colours").properties().forEach(entry -> colours.put(entry.getKey(), entry.getValue().asText()));
        return colours;
    }

    public String format() {
        return text("format").orElse("number");
    }

    public boolean sortsByValue() {
        return text("sort").filter("value"::equals).isPresent();
    }

    public Optional<String> notes() {
        return text("notes");
    }

    public List<JsonNode> filters() {
        List<JsonNode> filters = new java.util.ArrayList<>();
        fields().path("filters").forEach(filters::add);
        return filters;
    }

    public String path() {
        return "/charts/" + id + "/";
    }

    private Optional<String> text(String name) {
        JsonNode node = fields().path(name);
        return node.isTextual() ? Optional.of(node.asText()) : Optional.empty();
    }
}
