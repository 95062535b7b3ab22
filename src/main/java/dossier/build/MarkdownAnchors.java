package dossier.build;

import dossier.check.LinkExtractor;
import dossier.content.Page;
import dossier.link.LinkedSite;
import dossier.markdown.RenderedMarkdown;
import dossier.problem.Problem;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks a link to a narrative page's {@code #anchor} against the ids that page's Markdown makes (its
 * headings, its footnotes), before anything is written: a build that stops for other errors names a
 * missing anchor with them, at the line of the link. A clean build checks every anchor once more in
 * the output, where the template's own ids count too ({@link dossier.check.LinkChecker}).
 */
final class MarkdownAnchors {
    private MarkdownAnchors() {}

    /** @param rendered every page's Markdown, rendered */
    static List<Problem> check(LinkedSite site, Map<Page, RenderedMarkdown> rendered) {
        Map<String, Set<String>> idsByHref = new HashMap<>();
        rendered.forEach((page, markdown) -> idsByHref.put(site.config().href(page.path()),
                LinkExtractor.extract("", page.file(), markdown.html(), Map.of()).ids()));
        List<Problem> problems = new ArrayList<>();
        rendered.values().forEach(markdown -> markdown.linkPositions().forEach((url, at) -> {
            int hash = url.indexOf('#');
            Set<String> ids = hash < 0 ? null : idsByHref.get(url.substring(0, hash));
            String fragment = hash < 0 ? "" : decoded(url.substring(hash + 1));
            if (ids != null && !fragment.isEmpty() && !ids.contains(fragment)) {
                problems.add(Problem.at(at, dossier.check.LinkChecker.brokenAnchor(url, url.substring(0, hash), fragment,
                        ids), "correct or remove the link"));
            }
        }));
        return problems;
    }

    /** The id a fragment names: "#caf%C3%A9" is the id "café", as a browser reads it. */
    private static String decoded(String fragment) {
        try {
            return java.net.URLDecoder.decode(fragment.replace("+", "%2B"), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return fragment; // a stray "%": the fragment as written
        }
    }
}
