package dossier.yaml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The edges of what a YAML document may hold: numbers, size, nesting, and a bare null. */
class YamlLimitsTest {
    private static final String RANGE = " is out of range: numbers must lie between -10^15 and 10^15; write the figure"
            + " in a larger unit (millions, billions), or quote it if it is not a quantity";
    private static final String DECIMALS = " has more than 15 decimal places; round it, write it in a smaller unit, or"
            + " quote it if it is not a quantity";

    private final YamlReader reader = new YamlReader();

    private YamlReader.Result read(String text) {
        return reader.read("f.yaml", text, 2);
    }

    private BigDecimal number(String written) {
        YamlReader.Result result = read("title: x\nn: " + written + "\n");
        assertTrue(result instanceof YamlReader.Parsed, () -> written + ": " + result);
        return ((YamlReader.Parsed) result).document().root().get("n").decimalValue();
    }

    private String error(String text) {
        YamlReader.Result result = read(text);
        assertTrue(result instanceof YamlReader.Failed, () -> "parsed: " + result);
        return ((YamlReader.Failed) result).problem().format();
    }

    @Test
    void numbersUpToButNotIncluding10To15AreKept() {
        assertEquals(new BigDecimal("999999999999999"), number("999999999999999"));
        assertEquals(new BigDecimal("-999999999999999"), number("-999999999999999"));
        assertEquals(new BigDecimal("999999999999999.9"), number("999999999999999.9"));
        assertEquals("f.yaml:4:4: the number 1000000000000000" + RANGE, error("title: x\nn: 1000000000000000\n"));
        assertEquals("f.yaml:4:4: the number -1000000000000000" + RANGE, error("title: x\nn: -1000000000000000\n"));
        assertEquals("f.yaml:4:4: the number 1.0e15" + RANGE, error("title: x\nn: 1.0e15\n"));
        assertEquals("f.yaml:4:4: the number -1e15" + RANGE, error("title: x\nn: -1e15\n"));
        assertEquals("f.yaml:3:9: the number 99999999999999999999" + RANGE, error("items: [99999999999999999999]\n"));
    }

    @Test
    void fifteenDecimalPlacesAreKeptAndSixteenAreNot() {
        assertEquals(new BigDecimal("0.000000000000001"), number("0.000000000000001"));
        assertEquals(new BigDecimal("-0.123456789012345"), number("-0.123456789012345"));
        assertEquals(new BigDecimal("1.0000000000000000000"), number("1.0000000000000000000"),
                "trailing zeros are no decimal places");
        assertEquals(0, BigDecimal.ZERO.compareTo(number("0.0000000000000000000000")), "nor are the zeros of zero");
        assertEquals(0, BigDecimal.ZERO.compareTo(number("0e-99")));
        assertEquals("f.yaml:4:4: the number 0.0000000000000001" + DECIMALS, error("title: x\nn: 0.0000000000000001\n"));
        assertEquals("f.yaml:4:4: the number -1.1234567890123456" + DECIMALS,
                error("title: x\nn: -1.1234567890123456\n"));
        assertEquals("f.yaml:4:4: the number 1e-16" + DECIMALS, error("title: x\nn: 1e-16\n"));
    }

    @Test
    void aDocumentOfExactlyTheLargestSizeIsAccepted() {
        String largest = "#" + "x".repeat(YamlReader.MAX_CODE_POINTS - 1);
        assertEquals(Optional.empty(), YamlReader.oversized("f.yaml", largest, 2));
        assertEquals("f.yaml:3:1: document is larger than 2000000 characters; split it into several records",
                YamlReader.oversized("f.yaml", largest + "x", 2).orElseThrow().format());
        String emoji = "\uD83D\uDE00".repeat(YamlReader.MAX_CODE_POINTS);
        assertEquals(Optional.empty(), YamlReader.oversized("f.yaml", emoji, 2),
                "an emoji is one character though two UTF-16 units");
        assertEquals("f.yaml:3:1: document is larger than 2000000 characters; split it into several records",
                error(emoji + "\uD83D\uDE00"), "refused before it is parsed");
    }

    @Test
    void nestingPastAHundredLevelsIsAnErrorAtTheValueThatGoesTooDeep() {
        String hundred = "[".repeat(100) + "]".repeat(100);
        assertTrue(read("title: x\nn: " + hundred + "\n") instanceof YamlReader.Parsed, "100 levels below the record");
        String deeper = "title: x\nn: " + "[".repeat(101) + "]".repeat(101) + "\n";
        assertEquals("f.yaml:4:104: values are nested more than 100 levels deep; flatten the record: a record is a few"
                + " levels of fields and lists", error(deeper));
        String maps = "title: x\nn:\n" + java.util.stream.IntStream.range(0, 101)
                .mapToObj(i -> "  ".repeat(i) + "  k:\n").collect(java.util.stream.Collectors.joining()) + "  ".repeat(102) + "v\n";
        assertTrue(error(maps).startsWith("f.yaml:"), error(maps));
        assertTrue(error(maps).contains(": values are nested more than 100 levels deep;"), error(maps));
    }

    @Test
    void aDocumentThatIsOnlyNullIsANullValue() {
        YamlReader.Result result = read("~\n");
        assertTrue(result instanceof YamlReader.Parsed, result::toString);
        assertTrue(((YamlReader.Parsed) result).document().root().isNull());
        YamlReader.Result listed = read("- null\n- ~\n");
        assertEquals("[null,null]", ((YamlReader.Parsed) listed).document().root().toString());
    }
}
