package dossier.markdown;

import dossier.io.RecentlyUsed;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Markdown texts rendered by earlier builds of a {@code serve} session, each with the inputs it was
 * rendered against (see {@code dossier.pages.MarkdownInputs}): a page that renders again because of
 * what it lists or cites, while its own text and every link target stayed as they were, takes its
 * HTML from here. The most recently used texts are kept.
 */
public final class MarkdownMemo {
    /** More than the pages a save makes render again; each is one page's HTML. */
    private static final int REMEMBERED = 512;

    private record Key(String inputs, String file, int firstLine, String text) {}

    private final Map<Key, RenderedMarkdown> rendered = new RecentlyUsed<>(REMEMBERED);

    /** The text's rendering against {@code inputs}: remembered, or {@code render}'s, remembered. */
    RenderedMarkdown get(String inputs, String file, int firstLine, String text, Supplier<RenderedMarkdown> render) {
        Key key = new Key(inputs, file, firstLine, text);
        synchronized (rendered) {
            RenderedMarkdown known = rendered.get(key);
            if (known != null) {
                return known;
            }
        }
        // Rendered outside the lock: the render threads do not wait for each other's pages.
        RenderedMarkdown made = render.get();
        synchronized (rendered) {
            rendered.put(key, made);
        }
        return made;
    }
}
