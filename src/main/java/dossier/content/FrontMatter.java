package dossier.content;

import com.fasterxml.jackson.databind.JsonNode;
import dossier.yaml.YamlDocument;
import java.util.List;

/**
 * The YAML block at the top of a Markdown page.
 *
 * @param date     yyyy-MM-dd or empty
 * @param weight   orders pages in lists, lighter first; 0 by default
 * @param template the page template; empty means page.ftlh (home.ftlh for the home page)
 * @param params   the whole front matter, for templates
 */
public record FrontMatter(String title, String date, String summary, int weight, String template,
                          List<Alias> aliases, JsonNode params) {

    public FrontMatter {
        aliases = List.copyOf(aliases);
    }

    /** {@code draft: true}: {@code serve} shows the page, {@code build} and {@code check} leave it out. */
    public boolean draft() {
        return params.path(Record.DRAFT).booleanValue();
    }

    static FrontMatter of(YamlDocument document) {
        JsonNode node = document.root();
        return new FrontMatter(node.path("title").asText(), node.path("date").asText(""),
                node.path("summary").asText(""), node.path("weight").asInt(0), node.path("template").asText(""),
                Record.aliases(document), node);
    }
}
