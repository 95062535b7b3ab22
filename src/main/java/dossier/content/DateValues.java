package dossier.content;

import com.fasterxml.jackson.databind.JsonNode;
import dossier.problem.Problem;
import dossier.yaml.YamlDocument;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Checks the dates of a page or record against the calendar, at the place they are written: the
 * {@code date} of front matter and of a record, and the {@code start} and {@code end} of every date
 * object ({@code {start, end?, qualifier?}}), which pages, charts and citations word or parse.
 */
final class DateValues {
    private static final String ANY_PRECISION = "write a real date as yyyy, yyyy-MM or yyyy-MM-dd";

    private DateValues() {}

    /** The front matter's {@code date}, which its schema already holds to yyyy-MM-dd. */
    static List<Problem> inFrontMatter(YamlDocument document) {
        List<Problem> problems = new ArrayList<>();
        check(document, "/date", "write a real date as yyyy-MM-dd", problems);
        return problems;
    }

    static List<Problem> inRecord(YamlDocument document) {
        List<Problem> problems = new ArrayList<>();
        check(document, "/date", ANY_PRECISION, problems);
        dateObjects(document, document.root(), "", problems);
        return problems;
    }

    private static void dateObjects(YamlDocument document, JsonNode node, String pointer, List<Problem> problems) {
        if (node.isObject()) {
            if (node.has("start")) {
                check(document, pointer + "/start", ANY_PRECISION, problems);
                check(document, pointer + "/end", ANY_PRECISION, problems);
            }
            for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
                Map.Entry<String, JsonNode> field = fields.next();
                dateObjects(document, field.getValue(), pointer + "/" + YamlDocument.segment(field.getKey()), problems);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                dateObjects(document, node.get(i), pointer + "/" + i, problems);
            }
        }
    }

    private static void check(YamlDocument document, String pointer, String hint, List<Problem> problems) {
        JsonNode value = document.root().at(pointer);
        if (!value.isTextual()) {
            return;
        }
        String text = value.asText();
        CalendarDate.whyNot(text).ifPresent(reason -> problems.add(
                Problem.at(document.valueAt(pointer), text + " is not a date: " + reason, hint)));
    }
}
