package dossier.config;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The canonical URL of the licence {@code dossier.yaml} names. Linked data wants the licence as a URL
 * (schema.org's {@code license} is a URL or a CreativeWork, never bare text, which JSON-LD would read
 * as a relative IRI), while people write "CC BY 4.0" or the SPDX id "CC-BY-4.0".
 */
public final class Licences {
    private static final Pattern URL = Pattern.compile("^https?://\\S+$");
    /** Every Creative Commons licence by its SPDX id: CC-BY-SA-4.0, CC-BY-NC-ND-3.0, ... */
    private static final Pattern CREATIVE_COMMONS =
            Pattern.compile("CC-(BY(?:-NC)?(?:-SA|-ND)?)-(1\\.0|2\\.0|2\\.5|3\\.0|4\\.0)");
    private static final Map<String, String> OTHERS = Map.of(
            "CC0-1.0", "https://creativecommons.org/publicdomain/zero/1.0/",
            "CC0", "https://creativecommons.org/publicdomain/zero/1.0/",
            "PDDL-1.0", "https://opendatacommons.org/licenses/pddl/1-0/",
            "ODC-BY-1.0", "https://opendatacommons.org/licenses/by/1-0/",
            "ODBL-1.0", "https://opendatacommons.org/licenses/odbl/1-0/",
            "OGL-UK-3.0", "https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/",
            "MIT", "https://opensource.org/licenses/MIT",
            "APACHE-2.0", "https://www.apache.org/licenses/LICENSE-2.0");

    private Licences() {}

    /** The licence's URL: itself when it is one, else the canonical URL of a known name; empty otherwise. */
    public static Optional<String> url(String licence) {
        if (URL.matcher(licence.strip()).matches()) {
            return Optional.of(licence.strip());
        }
        // "CC BY 4.0", "cc-by-4.0", "CC_BY_4.0" and "CC BY-SA 4.0" all name one SPDX id.
        String id = licence.strip().toUpperCase(Locale.ROOT).replaceAll("[\\s_-]+", "-");
        Matcher cc = CREATIVE_COMMONS.matcher(id);
        if (cc.matches()) {
            return Optional.of("https://creativecommons.org/licenses/" + cc.group(1).toLowerCase(Locale.ROOT) + "/"
                    + cc.group(2) + "/");
        }
        return Optional.ofNullable(OTHERS.get(id));
    }
}
