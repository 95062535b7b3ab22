package dossier.site;

import dossier.check.PageLinks;
import java.time.LocalDate;
import java.util.Optional;

/** What the build keeps of a written page: its links for checking, and what sitemap and feed need. */
record RenderedPage(String sitePath, String title, String kind, String summary, Optional<LocalDate> lastChanged,
                    PageLinks links) {}
