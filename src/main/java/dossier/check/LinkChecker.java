package dossier.check;

import dossier.markdown.UrlSafety;
import dossier.problem.Position;
import dossier.problem.Problem;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.TreeMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Checks every internal href and src of the output, and every #anchor, against what was written:
 * the last word on links, whatever template or Markdown made them.
 */
public final class LinkChecker {
    private static final String HOST = "http://site.invalid";
    private static final java.util.regex.Pattern OTHER_SCHEME = java.util.regex.Pattern.compile(
            "^[a-zA-Z][a-zA-Z0-9+.-]*:.*");

    private final String basePath;
    private final String siteOrigin;
    private final String shownOut;
    private final BiFunction<String, String, Optional<Position>> valuePositions;
    private final LinkLeads leads;

    /**
     * @param basePath the path the site is published under ("/" or "/repo/")
     * @param baseUrl  the site's absolute URL, so that absolute links to the site are checked too
     * @param shownOut how the output folder appears in messages ("site")
     */
    public LinkChecker(String basePath, String baseUrl, String shownOut) {
        this(basePath, baseUrl, shownOut, (source, text) -> Optional.empty(), new LinkLeads());
    }

    /**
     * @param valuePositions where a content file (a record) holds a value, from the file and the value:
     *                       a link a template made from a record field is reported at that field
     * @param leads          where links lead, as far as earlier checks worked it out (a new one for a single build)
     */
    public LinkChecker(String basePath, String baseUrl, String shownOut,
                       BiFunction<String, String, Optional<Position>> valuePositions, LinkLeads leads) {
        this.basePath = basePath;
        this.siteOrigin = baseUrl.endsWith("/") ? baseUrl : baseUrl + "/";
        this.shownOut = shownOut;
        this.valuePositions = valuePositions;
        this.leads = leads;
    }

    public List<Problem> check(List<PageLinks> pages, Set<String> files) {
        leads.startBuild(basePath, siteOrigin);
        Map<String, PageLinks> byFile = pages.stream().collect(Collectors.toMap(PageLinks::file, Function.identity()));
        // A broken link in a template breaks it on every page: report it once, with a count.
        Map<String, List<Problem>> byError = new TreeMap<>();
        // The same link from the same folder gets the same verdict: the menus of every page are checked once.
        Map<String, Optional<String>> verdicts = new java.util.HashMap<>();
        for (PageLinks page : pages.stream().sorted(Comparator.comparing(PageLinks::file)).toList()) {
            String folder = folder(page);
            for (PageLinks.Link link : page.links()) {
                Optional<String> verdict = verdicts.computeIfAbsent(folder + "\n" + link.url(),
                        key -> verdict(leads.of(key, () -> lead(folder, link.url())), link.url(), byFile, files));
                if (verdict.isEmpty()) {
                    continue;
                }
                String error = verdict.get();
                Position written = Optional.ofNullable(page.sourcePositions().get(link.url()))
                        .or(() -> valuePositions.apply(page.source(), link.url())).orElse(null);
                Problem problem = written != null
                        ? Problem.at(written, error, "correct or remove the link")
                        : new Problem(shownOut + "/" + page.file(), link.line(), link.column(), error,
                                "the page comes from " + page.source() + "; correct the link in its template");
                byError.computeIfAbsent(error, k -> new ArrayList<>()).add(problem);
            }
        }
        List<Problem> problems = new ArrayList<>();
        byError.values().forEach(found -> {
            Problem first = found.get(0);
            problems.add(found.size() == 1 ? first : new Problem(first.file(), first.line(), first.column(),
                    first.message() + " (and on " + (found.size() - 1) + " other pages)", first.hint()));
        });
        return problems;
    }

    private static String folder(PageLinks page) {
        return page.file().contains("/") ? page.file().substring(0, page.file().lastIndexOf('/') + 1) : "";
    }

    private LinkLead lead(String pageDir, String url) {
        // Templates print record fields and config values into href and src: the output is where every
        // URL, whatever made it, is judged once more. A "ref:" never reaches the output resolved.
        Optional<String> scheme = UrlSafety.scheme(url);
        if (scheme.isPresent() && (scheme.get().equals("ref") || !UrlSafety.isSafe(url))) {
            return new LinkLead.Refused("the link \"" + url + "\" uses a refused scheme (" + scheme.get() + ":)");
        }
        String link = url.startsWith(siteOrigin) ? basePath + url.substring(siteOrigin.length()) : url;
        if (link.startsWith("//") || OTHER_SCHEME.matcher(link).matches()) {
            return new LinkLead.Elsewhere();
        }
        URI resolved;
        try {
            resolved = new URI(HOST + basePath + pageDir).resolve(new URI(link.isEmpty() ? "#" : link));
        } catch (URISyntaxException | IllegalArgumentException e) {
            return new LinkLead.Refused("malformed link \"" + url + "\"");
        }
        String path = resolved.getRawPath() == null ? "" : resolved.getRawPath();
        if (!path.startsWith(basePath)) {
            return new LinkLead.Refused("the link \"" + url + "\" leaves the site (it does not start with "
                    + basePath + ", the site's base path)" + asRef(url));
        }
        String file = URLDecoder.decode(path.substring(basePath.length()), StandardCharsets.UTF_8);
        if (file.isEmpty() || file.endsWith("/")) {
            file = file + "index.html";
        }
        return new LinkLead.Within(path, file, resolved.getFragment());
    }

    /**
     * For a site path written without the base path ("/rivers/#x"): a pointer to ref: links, which
     * follow the base path wherever the site is published ({@code --base-url} too), with the ref: the
     * path would be if it named a page of the site.
     */
    static String asRef(String url) {
        if (!url.startsWith("/") || url.startsWith("//")) {
            return "";
        }
        int hash = url.indexOf('#');
        String path = hash < 0 ? url : url.substring(0, hash);
        String name = path.replaceAll("^/+|/+$", "");
        return "; link a page by ref:<page path> (such as ref:" + (name.isEmpty() ? "/" : name)
                + (hash < 0 ? "" : url.substring(hash)) + "), which follows the base path wherever the site is published";
    }

    /** What is wrong with a link that leads where {@code lead} says, in this build's files; empty when nothing. */
    private static Optional<String> verdict(LinkLead lead, String url, Map<String, PageLinks> byFile,
                                            Set<String> files) {
        if (lead instanceof LinkLead.Refused refused) {
            return Optional.of(refused.error());
        }
        return lead instanceof LinkLead.Within within ? verdict(within, url, byFile, files) : Optional.empty();
    }

    private static Optional<String> verdict(LinkLead.Within lead, String url, Map<String, PageLinks> byFile,
                                            Set<String> files) {
        String file = lead.file();
        if (!files.contains(file)) {
            return Optional.of(files.contains(file + "/index.html")
                    ? "the link \"" + url + "\" lacks its trailing slash"
                    : "broken link \"" + url + "\": nothing is published at " + lead.path());
        }
        String fragment = lead.fragment();
        if (fragment != null && !fragment.isEmpty() && file.endsWith(".html")) {
            PageLinks target = byFile.get(file);
            if (target != null && !target.ids().contains(fragment)) {
                return Optional.of(brokenAnchor(url, lead.path(), fragment, target.ids()));
            }
        }
        return Optional.empty();
    }

    /** What is wrong with a link to an #anchor that its page ({@code path}, holding {@code ids}) does not have. */
    public static String brokenAnchor(String url, String path, String fragment, Set<String> ids) {
        return "broken anchor \"" + url + "\": " + path + " has no element with id \"" + fragment + "\""
                + dossier.schema.DidYouMean.nearest(fragment, ids).map(id -> " (did you mean #" + id + "?)").orElse("");
    }
}
