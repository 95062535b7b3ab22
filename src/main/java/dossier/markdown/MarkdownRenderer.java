package dossier.markdown;

import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.LinkNodeBase;
import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ext.autolink.AutolinkExtension;
import com.vladsch.flexmark.ext.footnotes.Footnote;
import com.vladsch.flexmark.ext.footnotes.FootnoteBlock;
import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.ext.typographic.TypographicExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.LinkResolver;
import com.vladsch.flexmark.html.LinkResolverFactory;
import com.vladsch.flexmark.html.renderer.LinkResolverBasicContext;
import com.vladsch.flexmark.html.renderer.LinkStatus;
import com.vladsch.flexmark.html.renderer.ResolvedLink;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;
import dossier.link.RefTarget;
import dossier.problem.Position;
import dossier.problem.Problem;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Markdown to HTML with flexmark: tables, footnotes, heading ids, autolinks and typographic
 * quotes. Links written {@code ref:<collection>/<id>}, {@code ref:<collection>} or
 * {@code ref:<page path>} resolve to permalinks; one that names nothing is a content error.
 * One instance serves a whole build: flexmark's parser and renderer are safe to share across threads.
 */
public final class MarkdownRenderer {
    /**
     * {@code {{< chart <id> >}}} alone on a line places a chart. Only spaces and tabs count as space
     * in it: a line end inside or after the match would shift the line of every later error.
     */
    private static final Pattern CHART = Pattern.compile("^\\{\\{<[ \\t]*chart[ \\t]+(\\S+?)[ \\t]*>}}[ \\t]*$",
            Pattern.MULTILINE);
    private static final String CHART_TOKEN = "DOSSIERCHART";
    /** What every chart directive, and every other shortcode, starts with. */
    public static final String CHART_MARK = "{{<";

    /** The mask bit of the autolink extension. */
    private static final int AUTOLINKS = 4;

    private final Function<String, Optional<String>> refs;
    private final Function<String, Optional<String>> charts;
    private final Function<String, Optional<CitedWork>> works;
    private final Function<String, Optional<String>> drafts;
    private final Optional<Remembered> remembered;
    /** Told the file of each text rendered, for tests that count them. */
    private final Consumer<String> rendering;
    /** The site's baseUrl, or empty: see {@link #onSite}. */
    private final String siteUrl;
    /** The ref: name nearest a misspelt one, if any is near: see {@link #onSite}. */
    private final Function<String, Optional<String>> nearestRef;
    private final HtmlSanitizer sanitizer = new HtmlSanitizer();
    /** A parser and renderer for each combination of extensions a text can need, made on first use. */
    private final Map<Integer, Flavour> flavours = new java.util.concurrent.ConcurrentHashMap<>();

    private record Flavour(Parser parser, HtmlRenderer renderer) {}

    /**
     * @param refs from what follows "ref:" (without any #anchor) to the href of its target, if it exists
     */
    public MarkdownRenderer(Function<String, Optional<String>> refs) {
        this(refs, id -> Optional.empty());
    }

    /**
     * @param refs   from what follows "ref:" (without any #anchor) to the href of its target, if it exists
     * @param charts from a chart id to the HTML of its figure, if it exists
     */
    public MarkdownRenderer(Function<String, Optional<String>> refs, Function<String, Optional<String>> charts) {
        this(refs, charts, id -> Optional.empty());
    }

    /** @param works from a work's id to what a cite of it shows, if a collection of works has it */
    public MarkdownRenderer(Function<String, Optional<String>> refs, Function<String, Optional<String>> charts,
                            Function<String, Optional<CitedWork>> works) {
        this(refs, charts, works, name -> Optional.empty());
    }

    /** @param drafts from what follows "ref:" to the file of the draft it names, left out of the site */
    public MarkdownRenderer(Function<String, Optional<String>> refs, Function<String, Optional<String>> charts,
                            Function<String, Optional<CitedWork>> works, Function<String, Optional<String>> drafts) {
        this(refs, charts, works, drafts, Optional.empty(), file -> { }, "", name -> Optional.empty());
    }

    private MarkdownRenderer(Function<String, Optional<String>> refs, Function<String, Optional<String>> charts,
                             Function<String, Optional<CitedWork>> works, Function<String, Optional<String>> drafts,
                             Optional<Remembered> remembered, Consumer<String> rendering, String siteUrl,
                             Function<String, Optional<String>> nearestRef) {
        this.refs = refs;
        this.charts = charts;
        this.works = works;
        this.drafts = drafts;
        this.remembered = remembered;
        this.rendering = rendering;
        this.siteUrl = siteUrl;
        this.nearestRef = nearestRef;
    }

    /** Where texts rendered by earlier builds are kept, and the inputs this build renders against. */
    private record Remembered(MarkdownMemo memo, String inputs) {}

    /**
     * This renderer, taking a text from {@code memo} when an earlier build rendered it against the same
     * {@code inputs} (everything its lookups answer, as {@code dossier.pages.MarkdownInputs} hashes it).
     */
    public MarkdownRenderer remembering(MarkdownMemo memo, String inputs) {
        // Whether an image is the site's own depends on the site's address too.
        return new MarkdownRenderer(refs, charts, works, drafts, Optional.of(new Remembered(memo, inputs + "\n" + siteUrl)),
                rendering, siteUrl, nearestRef);
    }

    /** This renderer, telling {@code rendering} the file of each text it renders (not those it remembers). */
    public MarkdownRenderer telling(Consumer<String> rendering) {
        return new MarkdownRenderer(refs, charts, works, drafts, remembered, rendering, siteUrl, nearestRef);
    }

    /**
     * This renderer, for a site published at {@code siteUrl} (its baseUrl): an image at an absolute
     * URL under it is the site's own. Without it, every absolute image is on another host.
     */
    public MarkdownRenderer onSite(String siteUrl) {
        return onSite(siteUrl, nearestRef);
    }

    /** The same, suggesting for a ref: to nothing the nearest name {@code nearestRef} finds among the site's. */
    public MarkdownRenderer onSite(String siteUrl, Function<String, Optional<String>> nearestRef) {
        return new MarkdownRenderer(refs, charts, works, drafts, remembered, rendering, siteUrl, nearestRef);
    }

    /**
     * Each extension costs a pass over every text; one that cannot match (no "|" for a table, no
     * "[^" for a footnote, no quote or dash to make typographic, nothing like a URL to link) is
     * left out, and the HTML is the same as with it.
     */
    private Flavour flavourFor(String text) {
        return flavours.computeIfAbsent(extensionsFor(text), this::flavour);
    }

    /** The extensions a text can need, as a mask for {@link #options(int)}. */
    private static int extensionsFor(String text) {
        int mask = 0;
        // One pass over the text: it is read once for all four extensions.
        for (int i = 0, n = text.length(); i < n && mask != 15; i++) {
            char c = text.charAt(i);
            char next = i + 1 < n ? text.charAt(i + 1) : '\0';
            switch (c) {
                case '|' -> mask |= 1;
                case '[' -> mask |= next == '^' ? 2 : 0;
                case '@' -> mask |= 4;
                case ':' -> mask |= text.startsWith("//", i + 1) ? 4 : 0;
                case 'w' -> mask |= text.startsWith("ww.", i + 1) ? 4 : 0;
                case '"', '\'' -> mask |= 8;
                case '-', '<', '>' -> mask |= next == c ? 8 : 0;
                case '.' -> mask |= text.startsWith("..", i + 1) ? 8 : 0;
                default -> { }
            }
        }
        return mask;
    }

    private Flavour flavour(int mask) {
        MutableDataSet options = options(mask);
        return new Flavour(Parser.builder(options).build(),
                HtmlRenderer.builder(options).nodeRendererFactory(TextRenderer.FACTORY)
                        .linkResolverFactory(new RefResolverFactory()).build());
    }

    /** The flexmark options for a combination of extensions: bit 1 tables, 2 footnotes, 4 autolinks, 8 typography. */
    static MutableDataSet options(int mask) {
        List<com.vladsch.flexmark.util.misc.Extension> extensions = new ArrayList<>();
        if ((mask & 1) != 0) {
            extensions.add(TablesExtension.create());
        }
        if ((mask & 2) != 0) {
            extensions.add(FootnoteExtension.create());
        }
        if ((mask & AUTOLINKS) != 0) {
            extensions.add(AutolinkExtension.create());
        }
        if ((mask & 8) != 0) {
            extensions.add(TypographicExtension.create());
        }
        return new MutableDataSet()
                .set(Parser.EXTENSIONS, extensions)
                .set(HtmlRenderer.GENERATE_HEADER_ID, true)
                .set(HtmlRenderer.RENDER_HEADER_ID, true)
                .set(HtmlRenderer.HEADER_ID_GENERATOR_NO_DUPED_DASHES, true)
                .set(HtmlRenderer.SOFT_BREAK, "\n")
                .set(TablesExtension.CLASS_NAME, "table");
    }

    /**
     * @param file      the path shown in messages
     * @param markdown  the text
     * @param firstLine the line of the file the text starts at
     */
    public RenderedMarkdown render(String file, String written, int firstLine) {
        return remembered.map(r -> r.memo().get(r.inputs(), file, firstLine, written,
                () -> renderNow(file, written, firstLine))).orElseGet(() -> renderNow(file, written, firstLine));
    }

    private RenderedMarkdown renderNow(String file, String written, int firstLine) {
        rendering.accept(file);
        List<Problem> problems = new ArrayList<>();
        Map<String, String> cites = new HashMap<>();
        String markdown = citesReplaced(file, written, firstLine, problems, cites);
        LineIndex lines = new LineIndex(markdown);
        Map<String, String> figures = new HashMap<>();
        // The pattern is tried at every line start; most texts place no chart, and a plain search says so sooner.
        Matcher directive = CHART.matcher(markdown.contains(CHART_MARK) ? markdown : "");
        List<Integer> insertedAt = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        CodeRanges code = markdown.contains(CHART_MARK) ? CodeRanges.of(markdown) : null;
        while (directive.find()) {
            if (code != null && code.contains(directive.start())) {
                continue;
            }
            String id = directive.group(1);
            Optional<String> figure = charts.apply(id);
            if (figure.isEmpty()) {
                // A chart's page is the ref: target charts/<id>: the nearest such name is the nearest chart.
                Optional<String> near = nearestRef.apply(CHARTS + id).filter(name -> name.startsWith(CHARTS))
                        .map(name -> name.substring(CHARTS.length()));
                problems.add(new Problem(file, firstLine + lines.lineOf(directive.start()), 1,
                        "no chart \"" + id + "\"", near.map(chart -> "did you mean \"" + chart + "\"? ").orElse("")
                                + "create content/charts/" + id + ".yaml or correct the name"));
            }
            figures.put(CHART_TOKEN + figures.size(), figure.orElse(""));
            // Blank lines around the token make it a paragraph of its own whatever surrounds it.
            directive.appendReplacement(text, "\n" + CHART_TOKEN + (figures.size() - 1) + "\n");
            insertedAt.add(lines.lineOf(directive.start()) + 2 * insertedAt.size() + 1);
        }
        directive.appendTail(text);
        String source = figures.isEmpty() ? markdown : text.toString();
        LineIndex parsedLines = figures.isEmpty() ? lines : new LineIndex(source).withInsertedLines(insertedAt);
        java.util.OptionalInt risky = BracketGuard.risky(source);
        if (risky.isPresent()) {
            int at = risky.getAsInt();
            problems.add(new Problem(file, firstLine + parsedLines.lineOf(at), parsedLines.columnOf(at),
                    "a \"[\" that is not closed on its own line is followed by more than "
                            + BracketGuard.MAX_ESCAPES + " backslashes, which the Markdown parser cannot read in"
                            + " reasonable time",
                    "close the bracket with \"]\" on the same line, or write the characters without backslashes"));
            return new RenderedMarkdown("", problems, Map.of());
        }
        Optional<NestingGuard.TooDeep> deep = NestingGuard.check(source);
        if (deep.isPresent()) {
            int at = deep.get().offset();
            problems.add(new Problem(file, firstLine + parsedLines.lineOf(at), parsedLines.columnOf(at),
                    "Markdown nested " + deep.get().depth() + " levels deep; at most " + NestingGuard.MAX_DEPTH
                            + " are allowed", "flatten the quotes, lists, emphasis, links or HTML tags that stand "
                            + "inside one another here"));
            return new RenderedMarkdown("", problems, Map.of());
        }
        java.util.OptionalInt fence = RunGuard.longFence(source);
        if (fence.isPresent()) {
            int at = fence.getAsInt();
            problems.add(new Problem(file, firstLine + parsedLines.lineOf(at), parsedLines.columnOf(at),
                    "a line starts with more than " + RunGuard.MAX_FENCE + " \"" + source.charAt(at)
                            + "\", which the Markdown parser cannot read in reasonable time",
                    "a code fence needs three; write fewer, or put the characters after other text"));
            return new RenderedMarkdown("", problems, Map.of());
        }
        java.util.OptionalInt word = (extensionsFor(source) & AUTOLINKS) != 0 ? RunGuard.longWord(source)
                : java.util.OptionalInt.empty();
        if (word.isPresent()) {
            int at = word.getAsInt();
            problems.add(new Problem(file, firstLine + parsedLines.lineOf(at), parsedLines.columnOf(at),
                    "more than " + RunGuard.MAX_WORD + " characters without a space, in a text with web addresses,"
                            + " which the Markdown parser cannot link in reasonable time",
                    "break the run with spaces or line breaks, or shorten the address"));
            return new RenderedMarkdown("", problems, Map.of());
        }
        try {
            figures.putAll(cites);
            return parsed(file, source, parsedLines, firstLine, problems, figures);
        } catch (StackOverflowError e) {
            // A shape the guards above do not measure (a long tag, a link of backslashes) made flexmark's
            // regular expressions recurse; the build reports it at the text instead of dying.
            int at = longestRunStart(source);
            problems.add(new Problem(file, firstLine + parsedLines.lineOf(at), parsedLines.columnOf(at),
                    "this text makes the Markdown parser recurse too deeply near here",
                    "break up the long tag, link or run of characters that starts here"));
            return new RenderedMarkdown("", problems, Map.of());
        }
    }

    /**
     * The text with each cite replaced by a token of the same length (so that every later position
     * stays where it was written), whose HTML goes in after sanitising, as a chart's does.
     */
    private String citesReplaced(String file, String markdown, int firstLine, List<Problem> problems,
                                 Map<String, String> cites) {
        List<CiteShortcodes.Found> found = CiteShortcodes.find(file, markdown, firstLine);
        if (found.isEmpty()) {
            return markdown;
        }
        StringBuilder text = new StringBuilder(markdown);
        for (CiteShortcodes.Found cite : found) {
            String token = CiteHtml.token(cites.size(), cite.length());
            text.replace(cite.offset(), cite.offset() + cite.length(), token);
            problems.addAll(cite.problems());
            cite.cite().ifPresent(passage -> {
                Optional<CitedWork> work = works.apply(passage.source());
                if (work.isEmpty()) {
                    problems.add(Problem.at(passage.at(), "no cited work \"" + passage.source() + "\"",
                            "name a record of a collection marked cites: works, such as content/sources/<id>.yaml "
                                    + "(<collection>/<id> when two such collections have the id)"));
                }
                cites.put(token, work.map(w -> CiteHtml.of(passage, w)).orElse(""));
            });
        }
        return text.toString();
    }

    /** The ref: names of the charts' pages start so. */
    private static final String CHARTS = "charts/";
    private static final String OFF_SITE_HINT = "save the image in content/ (content/images/map.png, say) and give "
            + "its path (/images/map.png), or link to it instead of showing it";

    /**
     * What is wrong with showing an image from {@code url}, if it is on another host: the site loads
     * nothing from elsewhere, and its Content-Security-Policy ({@code img-src 'self' data:}) would
     * leave a broken image in every browser.
     */
    private Optional<String> offSite(String url) {
        boolean absolute = UrlSafety.isWeb(url) || url.startsWith("//");
        boolean own = !siteUrl.isEmpty() && url.regionMatches(true, 0, siteUrl, 0, siteUrl.length());
        return absolute && !own ? Optional.of("the image \"" + url + "\" is on another host, and the site loads nothing"
                + " from other hosts (its Content-Security-Policy would block it)") : Optional.empty();
    }

    /** Where the longest run of characters without a space starts: what a too-deep recursion is most likely about. */
    static int longestRunStart(String text) {
        int best = 0;
        int bestLength = 0;
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || Character.isWhitespace(text.charAt(i))) {
                if (i - start > bestLength) {
                    best = start;
                    bestLength = i - start;
                }
                start = i + 1;
            }
        }
        return best;
    }

    private RenderedMarkdown parsed(String file, String source, LineIndex parsedLines, int firstLine,
                                    List<Problem> problems, Map<String, String> figures) {
        Flavour flavour = flavourFor(source);
        Document document = flavour.parser().parse(source);
        Map<String, Position> positions = new HashMap<>();
        boolean[] hasHtml = {false};
        visit(document, node -> {
            if (node instanceof HtmlBlock || node instanceof HtmlInline) {
                hasHtml[0] = true;
                RawHtml.forEachLink(node.getChars(), (url, offset) -> positions.putIfAbsent(url,
                        position(file, parsedLines, firstLine, node.getStartOffset() + offset)));
                // What the sanitiser would drop is an error, as a refused Markdown link is: never a silent loss.
                sanitizer.dropped(node.getChars()).forEach(dropped -> problems.add(Problem.at(
                        position(file, parsedLines, firstLine, node.getStartOffset() + dropped.at()),
                        dropped.message(), dropped.hint())));
                RawHtml.forEachImage(node.getChars(), (src, offset) -> offSite(src).ifPresent(message -> problems.add(
                        Problem.at(position(file, parsedLines, firstLine, node.getStartOffset() + offset), message,
                                OFF_SITE_HINT))));
            }
            if (node instanceof ImageRef image && image.getReferenceNode(document) != null) {
                offSite(image.getReferenceNode(document).getUrl().unescape()).ifPresent(message ->
                        problems.add(problem(file, parsedLines, firstLine, node, message, OFF_SITE_HINT)));
            }
            if (node instanceof Footnote reference && reference.getFootnoteBlock() == null) {
                // flexmark prints an undefined reference as it was written: "Text[^x]".
                problems.add(problem(file, parsedLines, firstLine, node, "the footnote [^" + reference.getText()
                        + "] has no note", "write its note on a line of its own below the text, `[^"
                        + reference.getText() + "]: The note.`, or remove the reference"));
            }
            if (!(node instanceof LinkNodeBase link)) {
                return;
            }
            // Judged as the href is written, after flexmark reads the escapes ("\:") and character
            // references ("&#58;"); named in messages as the Markdown wrote it.
            String asWritten = link.getUrl().toString();
            String url = link.getUrl().unescape();
            Position at = position(file, parsedLines, firstLine, node);
            positions.putIfAbsent(url, at);
            positions.putIfAbsent(asWritten, at);
            Optional<RefTarget> ref = RefTarget.parse(url);
            Optional<String> resolved = ref.flatMap(this::resolve);
            // The output holds the resolved href: a broken #anchor found there is reported here, at the ref.
            resolved.ifPresent(href -> positions.putIfAbsent(href, at));
            Optional<String> offSite = node instanceof Image ? offSite(url) : Optional.empty();
            if (!UrlSafety.isSafe(url)) {
                problems.add(problem(file, parsedLines, firstLine, node, UrlSafety.refused(asWritten),
                        UrlSafety.REFUSED_HINT));
            } else if (offSite.isPresent()) {
                problems.add(problem(file, parsedLines, firstLine, node, offSite.get(), OFF_SITE_HINT));
            } else if (ref.isPresent() && resolved.isEmpty() && drafts.apply(ref.get().name()).isPresent()) {
                problems.add(problem(file, parsedLines, firstLine, node, "the link \"" + asWritten + "\" leads to a draft ("
                        + drafts.apply(ref.get().name()).get() + " has `draft: true`), which is not published",
                        "publish it by removing `draft: true`, or remove the link"));
            } else if (ref.isPresent() && resolved.isEmpty()) {
                problems.add(problem(file, parsedLines, firstLine, node, "the link \"" + asWritten + "\" names nothing",
                        nearestRef.apply(ref.get().name()).map(name -> "did you mean " + RefTarget.SCHEME + name
                                + ref.get().anchor().map(anchor -> "#" + anchor).orElse("") + "? ").orElse("")
                                + "write ref:<collection>/<id> for a record, ref:<collection> for a collection, "
                                + "or ref:<page path> for a page"));
            }
        });
        String html = Footnotes.shaped(flavour.renderer().render(document));
        // Rendering counts each note's references: a note nothing refers to is left out of the page.
        visit(document, node -> {
            if (node instanceof FootnoteBlock note && note.getFootnoteReferences() == 0) {
                problems.add(problem(file, parsedLines, firstLine, node, "the note [^" + note.getText()
                        + "] is not referred to, so it is not published", "refer to it in the text with [^"
                        + note.getText() + "], or remove the note"));
            }
        });
        html = hasHtml[0] ? sanitizer.clean(html) : html;
        // Charts go in after sanitising: their figures come from the build, not from the author.
        for (Map.Entry<String, String> figure : figures.entrySet()) {
            html = figure.getKey().startsWith(CiteHtml.TOKEN) ? html.replace(figure.getKey(), figure.getValue())
                    : html.replace("<p>" + figure.getKey() + "</p>", figure.getValue());
        }
        return new RenderedMarkdown(html, problems, positions, headings(html));
    }

    /**
     * The sections of a text: its own h2 and h3 headings that have an id (not those inside a quote, a
     * list or a chart's figure), and the heading of its notes.
     */
    private static List<Heading> headings(String html) {
        if (!html.contains("<h2") && !html.contains("<h3")) {
            return List.of();
        }
        return org.jsoup.Jsoup.parseBodyFragment(html)
                .select("body > h2[id], body > h3[id], body > div.footnotes > h2[id]").stream()
                .map(h -> new Heading(h.tagName().equals("h2") ? 2 : 3, h.id(), h.text())).toList();
    }

    /** The URL of a link, image, autolink ("<https://…>") or reference definition. */
    private static Problem problem(String file, LineIndex lines, int firstLine, Node node, String message,
                                   String hint) {
        return Problem.at(position(file, lines, firstLine, node), message, hint);
    }

    private static Position position(String file, LineIndex lines, int firstLine, Node node) {
        return position(file, lines, firstLine, node.getStartOffset());
    }

    private static Position position(String file, LineIndex lines, int firstLine, int offset) {
        return new Position(file, firstLine + lines.lineOf(offset), lines.columnOf(offset));
    }

    private static void visit(Node node, java.util.function.Consumer<Node> action) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            action.accept(child);
            visit(child, action);
        }
    }

    /** The href for a "ref:" URL, keeping its #anchor. */
    private Optional<String> resolve(RefTarget ref) {
        return refs.apply(ref.name()).map(ref::at);
    }

    private final class RefResolverFactory implements LinkResolverFactory {
        @Override
        public Set<Class<?>> getAfterDependents() {
            return null;
        }

        @Override
        public Set<Class<?>> getBeforeDependents() {
            return null;
        }

        @Override
        public boolean affectsGlobalScope() {
            return false;
        }

        @Override
        public LinkResolver apply(LinkResolverBasicContext context) {
            return (node, ctx, link) -> RefTarget.parse(link.getUrl()).flatMap(MarkdownRenderer.this::resolve)
                    .map(href -> link.withStatus(LinkStatus.VALID).withUrl(href)).orElse(link);
        }
    }
}
