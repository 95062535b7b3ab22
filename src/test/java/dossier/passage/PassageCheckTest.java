package dossier.passage;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dossier.link.CitedPassage;
import dossier.problem.Position;
import dossier.problem.Problem;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PassageCheckTest {
    private static final SourceDocument TEXT = SourceDocument.parse(
            "Title\n\nOne two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen.\n\nPart Two\n\nThe Harbour grew. It Shrank.\n");
    private static final Position AT = new Position("content/a.yaml", 3, 5);

    private static CitedPassage cite(String locator, String start, String end) {
        return new CitedPassage("src", AT, new CitedPassage.Part(locator, AT),
                Optional.ofNullable(start).map(s -> new CitedPassage.Part(s, AT)),
                Optional.ofNullable(end).map(e -> new CitedPassage.Part(e, AT)), Optional.empty());
    }

    private static List<String> messages(CitedPassage cite) {
        return new PassageCheck(TEXT, "src.txt").check(cite).stream().map(Problem::message).toList();
    }

    @Test
    void eightWordsAtEachEndAreAllowedNineAreNot() {
        assertEquals(List.of(), messages(cite("Introduction, paragraph 1", "One two three four five six seven eight",
                "nine ten eleven twelve thirteen fourteen fifteen sixteen.")));
        assertEquals(List.of("the fragment's start has 9 words; at most 8 are allowed"),
                PassageCheck.words(cite("x", "One two three four five six seven eight nine", null)).stream()
                        .map(Problem::message).toList());
        assertEquals(List.of("the fragment's end is empty"),
                PassageCheck.words(cite("x", "One", " ")).stream().map(Problem::message).toList());
    }

    @Test
    void aBrowserIgnoresLetterCaseButTheFragmentIsWrittenAsTheTextHasIt() {
        assertEquals(List.of("the fragment's end \"it shrank.\" is not written as in Part Two, paragraph 1"),
                messages(cite("Part Two, paragraph 1", "The Harbour grew.", "it shrank.")));
        assertEquals(List.of("the fragment's start \"the harbour\" is not written as in Part Two, paragraph 1"),
                messages(cite("Part Two, paragraph 1", "the harbour", null)));
    }

    @Test
    void aLongLineIsAParagraphAndAFifteenWordLineMayBeAHeading() {
        String fifteen = "One Two Three Four Five Six Seven Eight Nine Ten Eleven Twelve Thirteen Fourteen Fifteen";
        assertEquals(List.of("Introduction", fifteen),
                SourceDocument.parse("Intro.\n\n" + fifteen + "\n\nText.\n").sections());
        assertEquals(List.of(""), SourceDocument.parse("Intro.\n\n" + fifteen + " Sixteen\n\nText.\n").sections());
    }
}
