package dossier.cite;

import de.undercouch.citeproc.CSL;
import de.undercouch.citeproc.ItemDataProvider;
import de.undercouch.citeproc.csl.CSLItemData;
import dossier.config.CitationStyleIds;
import dossier.io.RecentlyUsed;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The citation styles of one build, each a citeproc-java engine loaded once (loading a style costs
 * tens of milliseconds, rendering an item one) and shared by the render threads, one at a time.
 */
public final class CitationStyles {
    private final List<String> ids;
    private final String locale;
    private final boolean sharing;
    /** Each style's engine, loaded when a page first shows the style. */
    private final java.util.Map<String, Style> loaded = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * @param ids      the styles' Citation Style Language ids, each known (the config checked them)
     * @param language the dossier's language (BCP 47); the locale is the nearest the CSL locales have
     */
    public CitationStyles(List<String> ids, String language) {
        this(ids, language, false);
    }

    /**
     * @param sharing render items that differ only in their revision once ({@link RevisionStandIn}): for
     *                {@code serve}, where a page's item changes only in its revision from one save to the
     *                next. A one-off build renders each page's item once, and would only pay for the
     *                stand-in (a fortieth of a rendering).
     */
    public CitationStyles(List<String> ids, String language, boolean sharing) {
        this.ids = List.copyOf(ids);
        this.locale = locale(language);
        this.sharing = sharing;
    }

    /** One style's rendering of an item, as HTML safe to print. */
    public record Text(String id, String title, String html, AccessDate accessDate) {}

    /** The item in every style, in the configured order. */
    public List<Text> render(CSLItemData item) {
        List<Text> texts = new ArrayList<>();
        // Made once for all styles: the reader's access date stands in as a sentinel, and (serve) the revision too.
        CSLItemData dated = AccessDate.withSentinel(item);
        Optional<RevisionStandIn> standIn = sharing ? RevisionStandIn.of(dated) : Optional.empty();
        for (String id : ids) {
            texts.add(loaded.computeIfAbsent(id, style -> new Style(style, locale)).render(dated, standIn));
        }
        return texts;
    }

    /**
     * The CSL locale for a language: itself when the CSL has it ("de-AT"), else its primary dialect
     * ("en" is "en-US", "de" is "de-DE"), else the first of that language, else US English.
     */
    static String locale(String language) {
        String primary = language.split("-")[0].toLowerCase(Locale.ROOT);
        // Asked of the class path one name at a time: listing every locale scans the whole jar (half a
        // second on a cold JVM, paid by every build), which only a language without a usual dialect needs.
        for (String candidate : List.of(language, primary, primary + "-" + primary.toUpperCase(Locale.ROOT),
                primary.equals("en") ? "en-US" : "")) {
            if (!candidate.isEmpty() && CitationStyles.class.getResource("/locales-" + candidate + ".xml") != null) {
                return candidate;
            }
        }
        Set<String> known;
        try {
            known = CSL.getSupportedLocales();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return known.stream().filter(l -> l.startsWith(primary + "-")).sorted().findFirst().orElse("en-US");
    }

    /** One style's engine. Its item provider hands out the item being rendered, so the engine is reused. */
    private static final class Style implements ItemDataProvider {
        /** Enough for every page of a large dossier in serve; each entry is a few hundred bytes. */
        private static final int REMEMBERED_ENTRIES = 4096;
        private final String id;
        private final String title;
        private final CSL engine;
        private final AccessDate accessDate;
        private CSLItemData current;
        /** Entries of items with their revision stood in for, the most recently used kept. */
        private final Map<CSLItemData, String> entries = new RecentlyUsed<>(REMEMBERED_ENTRIES);
        /** Whether this style's entries read the same with a stand-in revision; unknown until tried. */
        private Boolean standInsWork;

        Style(String id, String locale) {
            this.id = id;
            String xml = StyleInfo.xml(id);
            this.title = StyleInfo.title(xml).orElse(id);
            try {
                this.engine = new CSL(this, new de.undercouch.citeproc.DefaultLocaleProvider(),
                        new de.undercouch.citeproc.DefaultAbbreviationProvider(), StyleInfo.independent(xml), locale);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            engine.setOutputFormat("html");
            this.accessDate = AccessDate.probe(this::entry);
        }

        /** @param item the item with the sentinel access date; {@code standIn} the same with its revision stood in for */
        synchronized Text render(CSLItemData item, Optional<RevisionStandIn> standIn) {
            return new Text(id, title, accessDate.mark(entryOf(item, standIn)), accessDate);
        }

        /**
         * The item's entry, made once for all items that differ only in their revision. The first item
         * with a revision is also rendered as it is, and a style that then reads differently never
         * takes stand-ins (whatever it does to a version, its entries stay right).
         */
        private String entryOf(CSLItemData item, Optional<RevisionStandIn> standIn) {
            if (standIn.isEmpty() || standInsWork == Boolean.FALSE) {
                return entry(item);
            }
            Optional<String> restored = standIn.get().restore(entries.computeIfAbsent(standIn.get().item(),
                    this::entry));
            if (standInsWork == null) {
                String direct = entry(item);
                standInsWork = restored.filter(direct::equals).isPresent();
                return direct;
            }
            return restored.orElseGet(() -> entry(item));
        }

        /** The item's bibliography entry, as safe HTML. */
        private synchronized String entry(CSLItemData item) {
            current = item;
            engine.reset();
            engine.registerCitationItems(item.getId());
            return CslHtml.entry(engine.makeBibliography().makeString());
        }

        @Override
        public CSLItemData retrieveItem(String itemId) {
            return current;
        }

        @Override
        public Collection<String> getIds() {
            return List.of(current.getId());
        }
    }
}
