package dossier.pages;

import dossier.check.PageLinks;
import dossier.link.PageKind;
import java.time.LocalDate;
import java.util.Optional;

/**
 * What the build keeps of a written page: its links for checking, what sitemap and feed need, and
 * whether it was rendered anew or taken unchanged from the previous site.
 *
 * @param revision the page's revision, when the site publishes revisions; else empty
 */
public record RenderedPage(String sitePath, String title, PageKind kind, String summary, Optional<LocalDate> lastChanged,
                    PageLinks links, boolean rendered, String revision) {}
