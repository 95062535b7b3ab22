package dossier.format;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Text sorts as readers expect: by its letters whatever their case, then capitals first. */
class ValueOrderTest {
    private static List<String> sorted(String... texts) {
        return java.util.Arrays.stream(texts).map(JsonNodeFactory.instance::textNode)
                .sorted(Comparator.comparing(ValueOrder::place)).map(node -> node.asText()).toList();
    }

    @Test
    void textIgnoresCaseAndBreaksTiesByIt() {
        assertEquals(List.of("apple", "Banana", "cherry"), sorted("cherry", "Banana", "apple"));
        assertEquals(List.of("Kazakhstan", "kazakhstan"), sorted("kazakhstan", "Kazakhstan"));
    }

    @Test
    void numbersComeBeforeDatesBeforeTextBeforeNothing() {
        var nodes = JsonNodeFactory.instance;
        var values = new java.util.ArrayList<>(List.of(nodes.nullNode(), nodes.textNode("Astana"),
                nodes.textNode("2009"), nodes.numberNode(12)));
        values.sort(ValueOrder.FIELD);
        assertEquals(List.of("12", "2009", "Astana", "null"), values.stream().map(Object::toString)
                .map(text -> text.replace("\"", "")).toList());
    }
}
