package dossier.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** Where the run guard finds a line opening with more than 100 "`" or "~", or a word of more than 2000 characters. */
class RunGuardTest {
    private static final OptionalInt FINE = OptionalInt.empty();

    @Test
    void aFenceOfMoreThanAHundredIsFoundAtItsFirstCharacter() {
        assertEquals(FINE, RunGuard.longFence("`".repeat(100) + "\ncode\n" + "~".repeat(100)));
        assertEquals(OptionalInt.of(0), RunGuard.longFence("`".repeat(101)));
        assertEquals(OptionalInt.of(0), RunGuard.longFence("~".repeat(101) + "x" + "~".repeat(101) + "\n"));
        assertEquals(OptionalInt.of(6), RunGuard.longFence("Intro" + "\n" + "~".repeat(101)));
        assertEquals(OptionalInt.of(4), RunGuard.longFence("x\n  " + "`".repeat(101) + "\n"), "after its indentation");
        assertEquals(OptionalInt.of(101), RunGuard.longFence("~".repeat(100) + "\n" + "`".repeat(101)),
                "the second line");
        assertEquals(FINE, RunGuard.longFence("~".repeat(60) + "`".repeat(60)), "two runs of sixty");
        assertEquals(FINE, RunGuard.longFence("x " + "~".repeat(200)), "not at the start of the line");
        assertEquals(FINE, RunGuard.longFence("x\n   "), "a last line of spaces");
        assertEquals(FINE, RunGuard.longFence(""));
    }

    @Test
    void aWordOfMoreThanTwoThousandCharactersIsFoundAtItsStart() {
        assertEquals(FINE, RunGuard.longWord("a".repeat(2000)));
        assertEquals(OptionalInt.of(0), RunGuard.longWord("a".repeat(2001)));
        assertEquals(OptionalInt.of(0), RunGuard.longWord("a".repeat(2001) + " b"));
        assertEquals(OptionalInt.of(2), RunGuard.longWord("x " + "a".repeat(2001)));
        assertEquals(OptionalInt.of(2), RunGuard.longWord("x\n" + "a".repeat(2001) + "\n"));
        assertEquals(OptionalInt.of(2), RunGuard.longWord("x\t" + "a".repeat(2001) + "\n"));
        assertEquals(FINE, RunGuard.longWord("a".repeat(2000) + " " + "b".repeat(2000) + "\n" + "c".repeat(2000)));
        assertEquals(OptionalInt.of(2001), RunGuard.longWord("a".repeat(2000) + " " + "b".repeat(2001)), "the first long one");
        assertEquals(FINE, RunGuard.longWord(""));
    }
}
