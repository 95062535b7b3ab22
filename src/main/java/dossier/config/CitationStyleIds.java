package dossier.config;

import com.fasterxml.jackson.databind.JsonNode;
import de.undercouch.citeproc.CSL;
import dossier.problem.Problem;
import dossier.problem.Problems;
import dossier.schema.DidYouMean;
import dossier.yaml.YamlDocument;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The {@code citationStyles:} of dossier.yaml: ids of the Citation Style Language's official styles
 * (org.citationstyles:styles on the class path), independent ("apa") or dependent ("nature-genetics").
 */
public final class CitationStyleIds {
    private static final String DEPENDENT = "dependent/";

    private CitationStyleIds() {}

    static List<String> of(JsonNode list) {
        if (list.isMissingNode() || list.isEmpty()) {
            return SiteConfig.DEFAULT_STYLES;
        }
        List<String> ids = new ArrayList<>();
        list.forEach(id -> ids.add(id.asText()));
        return ids;
    }

    /** The path of the style's file on the class path ("/apa.csl", "/dependent/x.csl"), if the style exists. */
    public static java.util.Optional<String> resource(String id) {
        for (String path : List.of("/" + id + ".csl", "/" + DEPENDENT + id + ".csl")) {
            if (CitationStyleIds.class.getResource(path) != null) {
                return java.util.Optional.of(path);
            }
        }
        return java.util.Optional.empty();
    }

    /** False, with a problem at each, when a style id names no style. */
    static boolean allKnown(YamlDocument document, Problems problems) {
        JsonNode list = document.root().path("citationStyles");
        List<Problem> found = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            String id = list.get(i).asText();
            if (resource(id).isEmpty()) {
                String hint = DidYouMean.nearest(id, known()).map(name -> "did you mean \"" + name + "\"? ")
                        .orElse("");
                found.add(Problem.at(document.valueAt("/citationStyles/" + i),
                        "unknown citation style \"" + id + "\"",
                        hint + "give the id of a style of https://github.com/citation-style-language/styles "
                                + "(its file name without .csl)"));
            }
        }
        problems.addAll(found);
        return found.isEmpty();
    }

    /** Every style id: read only when one is misspelt. */
    private static Set<String> known() {
        try {
            return CSL.getSupportedStyles().stream().map(id -> id.startsWith(DEPENDENT)
                    ? id.substring(DEPENDENT.length()) : id).collect(Collectors.toSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
