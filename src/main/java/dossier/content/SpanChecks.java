package dossier.content;

import com.fasterxml.jackson.databind.JsonNode;
import dossier.problem.Problem;
import java.util.ArrayList;
import java.util.List;

/**
 * What a span chart needs: an amount for each bar ({@code value}) and a date or period to draw it
 * over ({@code x}), whose years are the bar's ends.
 */
final class SpanChecks {
    private SpanChecks() {}

    static List<Problem> check(ChartSpec spec, JsonNode root, JsonNode rowSchema) {
        List<Problem> problems = new ArrayList<>();
        if (spec.value().isEmpty()) {
            problems.add(Problem.at(spec.document().valueAt("/type"),
                    "a span chart needs a value: the amount each bar stands for",
                    "add `value:` naming a number field, such as amount.value"));
        }
        if (spec.binsYears()) {
            problems.add(Problem.at(spec.document().valueAt("/xBin"),
                    "xBin does not apply to a span chart: its bars run from the first to the last year of x",
                    "remove the xBin line"));
        }
        if (!isDateOrPeriod(root, spec.x().equals(ChartSpec.RECORD) ? null
                : FieldPaths.find(root, rowSchema, spec.x()).orElse(null))) {
            problems.add(Problem.at(spec.document().valueAt(spec.fields().has("x") ? "/x" : "/type"),
                    "\"" + spec.x() + "\" is not a date or period field, and a span chart draws each bar over x",
                    "name a field holding a date (yyyy, yyyy-mm, yyyy-mm-dd) or a period {start, end}, such as when"));
        }
        return problems;
    }

    /** A string (a date) or an object with a start (a period); a field whose type is open is trusted. */
    private static boolean isDateOrPeriod(JsonNode root, JsonNode field) {
        if (field == null) {
            return false;
        }
        JsonNode schema = FieldPaths.resolve(root, field);
        JsonNode type = schema.path("type");
        if (type.isMissingNode()) {
            return true;
        }
        return type.asText().equals("string")
                || type.asText().equals("object") && !FieldPaths.find(root, schema, "start").isEmpty();
    }
}
