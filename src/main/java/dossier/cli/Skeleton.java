package dossier.cli;

import dossier.publish.Assets;
import dossier.check.PermalinkLedger;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The files of a new dossier: the example content kept under {@code /dossier/init/} (listed in its
 * {@code index.txt}), the schemas the build itself checks against, so that the editor lines of the
 * new files point into the dossier and not into this repository, and an empty ledger.
 */
final class Skeleton {
    private static final String FOLDER = "/dossier/init/";
    /** The schemas bundled in the jar that editors check content/dossier.yaml, charts and pages with. */
    private static final List<String> BUNDLED_SCHEMAS =
            List.of("config.schema.json", "chart.schema.json", "frontmatter.schema.json");
    static final String SCHEMA_FOLDER = "content/schemas/dossier/";

    private Skeleton() {}

    /** Each file's path in the new dossier, with its text, in the order they are written. */
    static Map<String, String> files() {
        Map<String, String> files = new LinkedHashMap<>();
        for (String line : Assets.readLines(FOLDER + "index.txt")) {
            String[] resourceAndTarget = line.split("\\s+");
            String target = resourceAndTarget.length > 1 ? resourceAndTarget[1] : resourceAndTarget[0];
            files.put(target, text(FOLDER + resourceAndTarget[0]));
        }
        for (String schema : BUNDLED_SCHEMAS) {
            files.put(SCHEMA_FOLDER + schema, text("/dossier/" + schema));
        }
        files.put(PermalinkLedger.FILE, PermalinkLedger.HEADER);
        return files;
    }

    private static String text(String resource) {
        return new String(Assets.readResource(resource), StandardCharsets.UTF_8);
    }
}
