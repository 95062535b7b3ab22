package dossier.format;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Dates in the order people expect: vague dates placed in their year, periods, undated last. */
class SearchAndOrderDatesTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void aYearReadsFromItsBeginningThroughItsDaysToItsEndThenTheBareYear() throws IOException {
        List<String> shuffled = List.of("{\"start\": \"2009\"}", "{\"start\": \"2009-12\"}",
                "{\"start\": \"2009\", \"qualifier\": \"late\"}", "{\"start\": \"2009-07-17\", \"end\": \"2009-07-19\"}",
                "{\"start\": \"2009\", \"qualifier\": \"beginning of\"}", "{\"start\": \"2009-04\"}",
                "{\"start\": \"2008-12-31\"}", "{\"start\": \"2009-09-24\", \"qualifier\": \"by\"}",
                "{\"start\": \"2010\", \"qualifier\": \"early\"}");
        assertEquals(List.of("31 December 2008", "beginning of 2009", "April 2009", "17–19 July 2009", "by 24 September 2009",
                "December 2009", "late 2009", "2009", "early 2010"), inOrder(shuffled));
    }

    @Test
    void aMonthReadsTheSameWay() throws IOException {
        assertEquals(List.of("early May 2007", "9 May 2007", "late May 2007", "May 2007", "1 June 2007"),
                inOrder(List.of("{\"start\": \"2007-05\"}", "{\"start\": \"2007-06-01\"}",
                        "{\"start\": \"2007-05\", \"qualifier\": \"late\"}", "{\"start\": \"2007-05-09\"}",
                        "{\"start\": \"2007-05\", \"qualifier\": \"early\"}")));
    }

    @Test
    void aPeriodFollowsADateThatStartsWhereItDoesAndOpenPeriodsComeLast() throws IOException {
        assertEquals(List.of("1997", "1997–2003", "1997–2008", "since 1997", "1998"),
                inOrder(List.of("{\"start\": \"1997\", \"qualifier\": \"since\"}", "{\"start\": \"1998\"}",
                        "{\"start\": \"1997\", \"end\": \"2008\"}", "{\"start\": \"1997\"}",
                        "{\"start\": \"1997\", \"end\": \"2003\"}")));
    }

    @Test
    void datesWrittenInWordsSortAsDatesAndTextWithoutAYearAfterThem() throws IOException {
        List<String> sources = List.of("\"April 5, 2006\"", "\"April 28, 2004\"", "\"no date\"",
                "\"May 4 (no year given)\"", "\"2003\"", "\"July 17-19, 2009\"", "\"October 2009\"",
                "\"January 22, 2009 (the News Digest)\"", "\"9 August 2007\"", "\"\"");
        List<JsonNode> values = new ArrayList<>();
        for (String source : sources) {
            values.add(JSON.readTree(source));
        }
        values.sort(ValueOrder.FIELD);
        assertEquals(List.of("2003", "April 28, 2004", "April 5, 2006", "9 August 2007",
                        "January 22, 2009 (the News Digest)", "July 17-19, 2009", "October 2009", "May 4 (no year given)",
                        "no date", ""),
                values.stream().map(JsonNode::asText).toList());
    }

    @Test
    void aTableCellsKeyIsANumberOrADatesPlaceAndNothingForText() throws IOException {
        assertEquals("2006-04-05", ValueOrder.key(JSON.readTree("\"April 5, 2006\"")));
        assertEquals("2009-07-17/2009-07-19", ValueOrder.key(JSON.readTree("\"July 17-19, 2009\"")));
        assertEquals("2009-00-00", ValueOrder.key(JSON.readTree("{\"start\": \"2009\", \"qualifier\": \"beginning of\"}")));
        assertEquals("2009-99-00", ValueOrder.key(JSON.readTree("\"2009\"")));
        assertEquals("2009-10-99", ValueOrder.key(JSON.readTree("\"October 2009\"")));
        assertEquals("25000000000", ValueOrder.key(JSON.readTree("{\"value\": 2.5e10, \"currency\": \"USD\"}")));
        assertEquals("120.5", ValueOrder.key(JSON.readTree("120.5")));
        assertEquals("", ValueOrder.key(JSON.readTree("\"May 4 (no year given)\"")));
        assertEquals("", ValueOrder.key(JSON.readTree("\"multilateral\"")));
        assertEquals("", ValueOrder.key(JSON.readTree("\"February 30, 2009\"")));
    }

    @Test
    void numbersSortBySizeNotAsText() throws IOException {
        List<JsonNode> values = new ArrayList<>(List.of(JSON.readTree("{\"value\": 700000}"), JSON.readTree("15"),
                JSON.readTree("{\"value\": 3000, \"qualifier\": \"more than\"}"), JSON.readTree("null")));
        values.sort(ValueOrder.FIELD);
        assertEquals(List.of("15", "3000", "700000", ""), values.stream().map(ValueOrder::key).toList());
    }

    private static List<String> inOrder(List<String> whens) throws IOException {
        List<JsonNode> nodes = new ArrayList<>();
        for (String when : whens) {
            nodes.add(JSON.readTree(when));
        }
        nodes.sort(ValueOrder.FIELD);
        return nodes.stream().map(Figures::when).toList();
    }
}
