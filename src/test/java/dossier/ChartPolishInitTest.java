package dossier;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The chart `dossier init` scaffolds names every chart type the schema allows, span included. */
class ChartPolishInitTest {
    private static String resource(String path) throws IOException {
        try (InputStream in = ChartPolishInitTest.class.getResourceAsStream(path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void theScaffoldChartListsEveryType() throws IOException {
        JsonNode types = new ObjectMapper().readTree(resource("/dossier/chart.schema.json")).path("properties").path("type").path("enum");
        String typeLine = resource("/dossier/init/content/charts/staff.yaml").lines()
                .filter(line -> line.startsWith("type:")).findFirst().orElseThrow();
        assertTrue(types.size() >= 5, types.toString());
        types.forEach(type -> assertTrue(typeLine.matches(".*[#|] " + type.asText() + "( \\||$).*"),
                type.asText() + " in " + typeLine));
    }
}
