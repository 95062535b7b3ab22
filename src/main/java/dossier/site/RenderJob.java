package dossier.site;

import dossier.content.Page;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * One output page to render.
 *
 * @param sitePath where it is published ("/countries/china/")
 * @param source   the content file it comes from, for messages
 * @param markdown the Markdown rendered into {@code page.content}, if any
 * @param model    builds the template model from the rendered Markdown (as Freemarker markup)
 */
record RenderJob(String sitePath, String source, String template, Optional<Page> markdown,
                 Function<Object, Map<String, Object>> model) {

    String outputFile() {
        return sitePath.substring(1) + "index.html";
    }
}
