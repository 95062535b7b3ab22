package dossier.link;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class RefTargetTest {
    @Test
    void aRefNamesARecordACollectionOrAPageWithoutItsFinalSlash() {
        assertEquals(Optional.of(new RefTarget("countries/china", Optional.empty())),
                RefTarget.parse("ref:countries/china/"));
        assertEquals(Optional.of(new RefTarget("countries", Optional.empty())), RefTarget.parse("ref:countries"));
        assertEquals(Optional.of(new RefTarget("", Optional.empty())), RefTarget.parse("ref:"));
    }

    @Test
    void theAnchorIsKeptApartFromTheNameAndAddedToTheHref() {
        RefTarget ref = RefTarget.parse("ref:analysis/limits/#method#2").orElseThrow();
        assertEquals(new RefTarget("analysis/limits", Optional.of("method#2")), ref);
        assertEquals("/analysis/limits/#method#2", ref.at("/analysis/limits/"));
        assertEquals("/a/#", RefTarget.parse("ref:a#").orElseThrow().at("/a/"));
        assertEquals("/a/", RefTarget.parse("ref:a").orElseThrow().at("/a/"));
    }

    @Test
    void anyOtherUrlIsNoRef() {
        assertEquals(Optional.empty(), RefTarget.parse("/countries/china/"));
        assertEquals(Optional.empty(), RefTarget.parse("https://example.org/ref:x"));
        assertEquals(Optional.empty(), RefTarget.parse("REF:x"));
    }
}
