package dossier.site;

import dossier.config.SiteConfig;
import dossier.content.SitePaths;
import dossier.link.LinkedSite;
import dossier.link.Target;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Entities;

/**
 * Keeps old URLs alive: for each alias a small page at the old path that sends readers and
 * crawlers on (meta refresh, canonical link, a plain link), and a {@code _redirects} file with
 * real 301s for hosts that read it (Netlify, Cloudflare Pages).
 */
final class Redirects {
    /** The list of 301s, for the hosts that read it. */
    static final String FILE = "_redirects";

    private Redirects() {}

    static void write(LinkedSite site, SiteWriter out) {
        SiteConfig config = site.config();
        List<String> lines = new ArrayList<>();
        for (var alias : new java.util.TreeMap<>(site.aliases()).entrySet()) {
            Target target = site.target(alias.getValue()).orElseThrow();
            String to = config.href(target.path());
            String title = Entities.escape(target.title());
            String page = "<!DOCTYPE html>\n<html lang=\"" + config.language() + "\">\n<head>\n<meta charset=\"utf-8\">\n"
                    + "<title>Moved: " + title + "</title>\n"
                    + "<meta name=\"robots\" content=\"noindex\">\n"
                    + "<link rel=\"canonical\" href=\"" + config.absolute(target.path()) + "\">\n"
                    + "<meta http-equiv=\"refresh\" content=\"0; url=" + to + "\">\n</head>\n<body>\n"
                    + "<main><h1>This page has moved</h1>\n<p><a href=\"" + to + "\">" + title + "</a> is now at "
                    + config.absolute(target.path()) + ".</p></main>\n</body>\n</html>\n";
            out.write(SitePaths.outputFile(alias.getKey()), page.getBytes(StandardCharsets.UTF_8));
            lines.add(config.href(alias.getKey()) + " " + to + " 301");
        }
        if (!lines.isEmpty()) {
            out.write(FILE, (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8));
        }
    }
}
