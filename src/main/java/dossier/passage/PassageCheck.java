package dossier.passage;

import dossier.link.CitedPassage;
import dossier.problem.Problem;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Collectors;

/**
 * Checks one citation against its source's text: the locator names a place the text has, the
 * fragment's words are there, in that one paragraph, and a browser opening the link finds them
 * there first; a quote is there verbatim.
 */
final class PassageCheck {
    /** The Text Fragments a browser matches best are short: a few words at each end. */
    static final int MOST_WORDS = 8;

    private final SourceDocument document;
    private final String textName;

    /** @param textName how messages name the text ("china-brief-2010.txt") */
    PassageCheck(SourceDocument document, String textName) {
        this.document = document;
        this.textName = textName;
    }

    List<Problem> check(CitedPassage cite) {
        List<Problem> problems = new ArrayList<>();
        Optional<SourceDocument.Passage> found = cite.start().isPresent() ? located(cite, problems) : Optional.empty();
        Optional<Locator> locator = Locator.parse(cite.locator().text());
        Optional<SourceDocument.Passage> named = locator.flatMap(document::at);
        String rightLocator = found.map(f -> " (the passage is in \"" + f.locator().text() + "\")").orElse("");
        if (locator.isEmpty()) {
            problems.add(Problem.at(cite.locator().at(), "cannot read the locator \"" + cite.locator().text()
                    + "\" as a place in " + textName + rightLocator, "write " + forms()));
        } else if (named.isEmpty()) {
            problems.add(Problem.at(cite.locator().at(), textName + " has no \"" + locator.get().text() + "\"" + rightLocator,
                    "it has " + contents()));
        } else if (found.isPresent() && !found.get().equals(named.get())
                && holds(named.get(), first(cite), last(cite))) {
            problems.add(Problem.at(cite.start().get().at(), "a browser finds this fragment first in "
                    + found.get().locator().text() + ", before the cited " + named.get().locator().text(),
                    "add words to start so that it occurs first in " + named.get().locator().text()));
        } else if (found.isPresent() && !found.get().equals(named.get())) {
            problems.add(Problem.at(cite.locator().at(), "the cited passage is in \""
                    + found.get().locator().text() + "\", not in \"" + named.get().locator().text() + "\"",
                    "write locator: \"" + found.get().locator().text() + "\""));
        }
        if (cite.start().isEmpty() && cite.end().isEmpty()) {
            problems.add(Problem.at(cite.at(), "this citation of " + cite.source() + " has no fragment",
                    "add its start and end (fragment: {start: \"…\", end: \"…\"} in a record, start=\"…\" end=\"…\" in a "
                            + "cite): the first and last words (at most " + MOST_WORDS
                            + " each, verbatim) of the passage" + named.map(p -> " in " + p.locator().text()).orElse("")
                            + " that supports it"));
        }
        cite.quote().ifPresent(quote -> found.or(() -> named).ifPresent(passage -> {
            if (TextSearch.exact(passage.text(), TextSearch.collapsed(quote.text()), 0).isEmpty()) {
                problems.add(Problem.at(quote.at(), "the quote is not in " + passage.locator().text() + " of " + textName,
                        "copy it verbatim" + TextSearch.nearMatch(passage.text(), TextSearch.collapsed(quote.text()))
                                .map(near -> "; the text reads \"" + near + "\"").orElse("")));
            }
        }));
        return problems;
    }

    /** The paragraph a browser would highlight, or the problems that keep it from one (and empty). */
    private Optional<SourceDocument.Passage> located(CitedPassage cite, List<Problem> problems) {
        CitedPassage.Part start = cite.start().get();
        String first = TextSearch.collapsed(start.text());
        String last = cite.end().map(end -> TextSearch.collapsed(end.text())).orElse("");
        if (!words(cite).isEmpty()) {
            return Optional.empty(); // said once for every build, with or without texts
        }
        // A browser takes the first place the start occurs, then the first end after it.
        Optional<SourceDocument.Passage> firstStart = document.passages().stream()
                .filter(passage -> TextSearch.find(passage.text(), first, 0).isPresent()).findFirst();
        if (firstStart.isEmpty()) {
            boolean inHeading = document.headings().stream().anyMatch(h -> TextSearch.find(h, first, 0).isPresent());
            problems.add(Problem.at(start.at(), "the fragment's start \"" + first + "\" is not in a paragraph of "
                    + textName + (inHeading ? " (it is in a heading or the title)" : ""),
                    inHeading ? "cite the words of the paragraph that supports the claim" : hint(first, "first")));
            return Optional.empty();
        }
        if (holds(firstStart.get(), first, last)) {
            verbatim(firstStart.get(), start, first, "start", problems);
            cite.end().ifPresent(end -> verbatim(firstStart.get(), end, last, "end", problems));
            return firstStart;
        }
        Optional<SourceDocument.Passage> later = document.passages().stream()
                .filter(passage -> holds(passage, first, last)).findFirst();
        CitedPassage.Part end = cite.end().get();
        if (later.isPresent()) {
            problems.add(Problem.at(start.at(), "a browser finds the fragment's start \"" + first + "\" first in "
                    + firstStart.get().locator().text() + " (it ignores letter case), which does not hold its end, so it "
                    + "highlights from there instead of " + later.get().locator().text(),
                    "add words to start so that it occurs first in the cited passage"));
        } else {
            List<String> elsewhere = document.passages().stream()
                    .filter(other -> other != firstStart.get() && TextSearch.find(other.text(), last, 0).isPresent())
                    .map(other -> other.locator().text()).toList();
            if (TextSearch.find(firstStart.get().text(), last, 0).isPresent()) {
                problems.add(Problem.at(end.at(), "the fragment's end \"" + last + "\" comes before its start in "
                        + firstStart.get().locator().text(), "swap start and end, or choose an end after the start"));
                return Optional.empty();
            }
            problems.add(Problem.at(end.at(), "the fragment's end \"" + last + "\" does not follow its start in "
                    + firstStart.get().locator().text() + (elsewhere.isEmpty() ? "" : "; it is in "
                    + String.join(", ", elsewhere)), elsewhere.isEmpty() ? hint(last, "last")
                    : "choose start and end within one paragraph: a fragment cannot span paragraphs"));
        }
        return Optional.empty();
    }

    private static String first(CitedPassage cite) {
        return TextSearch.collapsed(cite.start().map(CitedPassage.Part::text).orElse(""));
    }

    private static String last(CitedPassage cite) {
        return TextSearch.collapsed(cite.end().map(CitedPassage.Part::text).orElse(""));
    }

    /** A fragment a browser finds in any letter case is still written as the text has it. */
    private static void verbatim(SourceDocument.Passage passage, CitedPassage.Part part, String term, String which,
                                 List<Problem> problems) {
        if (TextSearch.exact(passage.text(), term, 0).isEmpty()) {
            problems.add(Problem.at(part.at(), "the fragment's " + which + " \"" + term + "\" is not written as in "
                    + passage.locator().text(), "copy the words verbatim" + TextSearch.nearMatch(passage.text(), term)
                    .map(near -> ": the text reads \"" + near + "\"").orElse("")));
        }
    }

    /** Whether a passage has the start, and the end after it. */
    private static boolean holds(SourceDocument.Passage passage, String first, String last) {
        OptionalInt at = TextSearch.find(passage.text(), first, 0);
        return at.isPresent() && (last.isEmpty()
                || TextSearch.find(passage.text(), last, at.getAsInt() + first.length()).isPresent());
    }

    /** What is wrong with the number of words of a citation's start and end, texts or not. */
    static List<Problem> words(CitedPassage cite) {
        List<Problem> problems = new ArrayList<>();
        cite.start().ifPresent(start -> tooLong(start, "start", problems));
        cite.end().ifPresent(end -> tooLong(end, "end", problems));
        return problems;
    }

    private static void tooLong(CitedPassage.Part part, String which, List<Problem> problems) {
        int words = TextSearch.words(part.text());
        String position = which.equals("start") ? "first" : "last";
        if (words > MOST_WORDS) {
            problems.add(Problem.at(part.at(), "the fragment's " + which + " has " + words + " words; at most "
                    + MOST_WORDS + " are allowed", "keep the " + position + " few words of the passage"));
        } else if (words == 0) {
            problems.add(Problem.at(part.at(), "the fragment's " + which + " is empty",
                    "write the " + position + " few words of the passage"));
        }
    }

    /** @param which "first" or "last": which words of the passage the term should be */
    private String hint(String term, String which) {
        for (SourceDocument.Passage passage : document.passages()) {
            Optional<String> near = TextSearch.nearMatch(passage.text(), term);
            if (near.isPresent() && near.get().equals(term)) {
                return "whole words only: \"" + term + "\" is part of a longer word in " + passage.locator().text();
            }
            if (near.isPresent()) {
                return "copy the words verbatim: " + passage.locator().text() + " reads \"" + near.get()
                        + "\" (quotes, dashes and capitals count)";
            }
        }
        return "copy the " + which + " words of the passage verbatim from the text, whole words only";
    }

    private String forms() {
        return document.sections().equals(List.of("")) || document.sections().isEmpty()
                ? "\"paragraph N\"" + (document.endnotes() > 0 ? " or \"Endnote N\"" : "")
                : "\"<section>, paragraph N\"" + (document.endnotes() > 0 ? " or \"Endnote N\"" : "")
                        + "; the sections are " + document.sections().stream().map(s -> "\"" + s + "\"")
                        .collect(Collectors.joining(", "));
    }

    private String contents() {
        String paragraphs = document.sections().stream()
                .map(s -> (s.isEmpty() ? "" : "\"" + s + "\": ") + document.paragraphs(s) + " paragraph(s)")
                .collect(Collectors.joining("; "));
        return (paragraphs.isEmpty() ? "no paragraphs" : paragraphs)
                + (document.endnotes() > 0 ? "; endnotes 1 to " + document.endnotes() : "; no endnotes");
    }
}
