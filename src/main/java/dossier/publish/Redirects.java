package dossier.publish;

import dossier.config.SiteConfig;
import dossier.content.SitePaths;
import dossier.link.LinkedSite;
import dossier.link.Target;
import dossier.output.OutputPaths.Owner;
import dossier.output.OutputPaths;
import dossier.output.SiteWriter;
import dossier.problem.Problem;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Keeps old URLs alive: for each alias a small page at the old path that sends readers and
 * crawlers on (meta refresh, canonical link, a plain link; from {@code redirect.ftlh}), and a
 * {@code _redirects} file with real 301s for hosts that read it (Netlify, Cloudflare Pages).
 */
final class Redirects implements SiteOutput {
    /** The list of 301s, for the hosts that read it. */
    static final String FILE = "_redirects";
    /** The page left at an alias's path; a dossier's templates/redirect.ftlh replaces the built-in one. */
    static final String TEMPLATE = "redirect.ftlh";
    /** What a URL path holds unescaped (RFC 3986 pchar and "/"), less "'", which attributes may misread. */
    private static final String PATH_CHARS =
            "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~!$&()*+,;=:@/%";

    /** Claims the list of 301s; the page at each alias is claimed with the content, where the alias is written. */
    @Override
    public void claim(Path root, LinkedSite site, List<Path> templateAssets, OutputPaths paths) {
        if (!site.aliases().isEmpty()) {
            paths.claim(FILE, Owner.generated("the build's redirect list"));
        }
    }

    @Override
    public List<Problem> write(BuiltSite built, SiteWriter out) {
        LinkedSite site = built.site();
        SiteConfig config = site.config();
        List<Problem> problems = new ArrayList<>();
        List<String> lines = new ArrayList<>();
        for (var alias : new java.util.TreeMap<>(site.aliases()).entrySet()) {
            Target target = site.target(alias.getValue()).orElseThrow();
            String to = urlPath(config.href(target.path()));
            // The template escapes for HTML, although baseUrl and site paths hold no quote or "&" today.
            Map<String, Object> model = Map.of("language", config.language(), "title", target.title(),
                    "href", to, "canonical", config.absolute(target.path()));
            StringWriter page = new StringWriter();
            if (problems.isEmpty()) { // a template that fails, fails for every alias: said once
                built.templates().render(TEMPLATE, model, page).ifPresentOrElse(problems::add, () -> out.write(
                        SitePaths.outputFile(alias.getKey()), page.toString().getBytes(StandardCharsets.UTF_8)));
            }
            lines.add(urlPath(config.href(alias.getKey())) + " " + to + " 301");
        }
        if (!lines.isEmpty()) {
            out.write(FILE, (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8));
        }
        return problems;
    }

    /**
     * A path as it goes into a URL: each character a URL may not hold as it is (spaces and every
     * other whitespace, controls, line separators, quotes, non-ASCII) percent-encoded as UTF-8, and a
     * "%" that starts no escape too. {@code _redirects} separates its fields by whitespace and its
     * rules by line ends, so no path can then add a field or a rule.
     */
    private static String urlPath(String path) {
        StringBuilder out = new StringBuilder();
        byte[] bytes = path.getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < bytes.length; i++) {
            int b = bytes[i] & 0xff;
            boolean escape = b == '%' && !(i + 2 < bytes.length && isHex(bytes[i + 1]) && isHex(bytes[i + 2]));
            if (!escape && b < 0x80 && PATH_CHARS.indexOf(b) >= 0) {
                out.append((char) b);
            } else {
                out.append('%').append(String.format("%02X", b));
            }
        }
        return out.toString();
    }

    private static boolean isHex(byte b) {
        return Character.digit(b, 16) >= 0;
    }
}
