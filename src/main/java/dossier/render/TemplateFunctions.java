package dossier.render;

import com.fasterxml.jackson.databind.JsonNode;
import dossier.format.Figures;
import dossier.format.ValueOrder;
import dossier.io.Jackson;
import freemarker.template.TemplateMethodModelEx;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import freemarker.template.utility.DeepUnwrap;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * {@code fmt.when(x)}, {@code fmt.date(s)}, {@code fmt.money(x)}, {@code fmt.quantity(x)} and
 * {@code fmt.scaled(n)} in templates: the same wording of figures as charts and downloads use;
 * {@code fmt.sortKey(x)} is what a table or list sorts a value by (see {@link ValueOrder#key}).
 */
final class TemplateFunctions {

    /** Stateless, so one instance serves every build and thread. */
    static final Map<String, TemplateMethodModelEx> FIGURES = Map.of(
            "when", of(node -> Figures.when(node)),
            "date", of(node -> Figures.date(node.asText())),
            "money", of(node -> Figures.money(node)),
            "quantity", of(node -> Figures.quantity(node)),
            "scaled", of(node -> Figures.scaled(node.decimalValue())),
            "isPeriod", arguments -> Figures.isPeriod(argument(arguments)),
            "sortKey", of(ValueOrder::key));

    /**
     * {@code passageUrl(url, fragment)}: the address of a work's original opened at a citation's
     * passage ({@code fragment} a {@code {start, end}} object, {@code end} optional), highlighted by
     * the browser; the address as it is when the fragment is missing.
     */
    static final TemplateMethodModelEx PASSAGE_URL = arguments -> {
        if (arguments.size() != 2) {
            throw new TemplateModelException("passageUrl takes two arguments: the work's url and the citation's fragment");
        }
        String url = String.valueOf(DeepUnwrap.unwrap((TemplateModel) arguments.get(0)));
        Object fragment = DeepUnwrap.unwrap((TemplateModel) arguments.get(1));
        if (fragment instanceof Map<?, ?> words && words.get("start") instanceof String start) {
            return new dossier.link.TextFragment(start, words.get("end") instanceof String end ? end : "").on(url);
        }
        return url;
    };

    private TemplateFunctions() {}

    private static TemplateMethodModelEx of(Function<JsonNode, String> format) {
        return arguments -> format.apply(argument(arguments));
    }

    private static JsonNode argument(List<?> arguments) throws TemplateModelException {
        if (arguments.size() != 1) {
            throw new TemplateModelException("this function takes one argument");
        }
        Object value = DeepUnwrap.unwrap((TemplateModel) arguments.get(0));
        if (value instanceof Number number && !(value instanceof BigDecimal)) {
            value = new BigDecimal(number.toString());
        }
        return Jackson.tree(value);
    }
}
