package dossier.format;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/** A field's value in words. */
class FieldTextTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void eachKindOfValueReadsAsOnThePage() throws IOException {
        assertEquals("$4.5 million", FieldText.of(JSON.readTree("{\"value\": 4500000, \"currency\": \"USD\", \"text\": \"$4.5 million\"}")));
        assertEquals("1997–2003", FieldText.of(JSON.readTree("{\"start\": \"1997\", \"end\": \"2003\"}")));
        assertEquals("china-brief-2010 (paragraph 2)", FieldText.of(JSON.readTree("{\"source\": \"china-brief-2010\", \"locator\": \"paragraph 2\"}")));
        assertEquals("a; b", FieldText.of(JSON.readTree("[\"a\", \"b\"]")));
        assertEquals("yes", FieldText.of(JSON.readTree("true")));
        assertEquals("4500000", FieldText.of(JSON.readTree("4.5e6")));
        assertEquals("Name: X, Year: 2001", FieldText.of(JSON.readTree("{\"name\": \"X\", \"year\": 2001}")));
        assertEquals("", FieldText.of(JSON.readTree("null")));
    }

    @Test
    void aKeyIsMadeReadable() {
        assertEquals("Capacity mw", FieldText.label("capacity_mw"));
        assertEquals("Troop count", FieldText.label("troopCount"));
        assertEquals("-", FieldText.label("-"));
    }
}
