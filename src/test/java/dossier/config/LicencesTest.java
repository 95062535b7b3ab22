package dossier.config;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Licence names as people and SPDX write them, to the URL linked data points at. */
class LicencesTest {

    @Test
    void creativeCommonsNamesInEveryCommonSpelling() {
        String by = "https://creativecommons.org/licenses/by/4.0/";
        assertEquals(Optional.of(by), Licences.url("CC BY 4.0"));
        assertEquals(Optional.of(by), Licences.url("CC-BY-4.0"));
        assertEquals(Optional.of(by), Licences.url(" cc by 4.0 "));
        assertEquals(Optional.of("https://creativecommons.org/licenses/by-nc-sa/3.0/"), Licences.url("CC BY-NC-SA 3.0"));
        assertEquals(Optional.of("https://creativecommons.org/licenses/by-nd/2.5/"), Licences.url("CC_BY_ND_2.5"));
        assertEquals(Optional.of("https://creativecommons.org/publicdomain/zero/1.0/"), Licences.url("CC0-1.0"));
        assertEquals(Optional.of("https://creativecommons.org/publicdomain/zero/1.0/"), Licences.url("CC0 1.0"));
    }

    @Test
    void otherOpenDataLicencesBySpdxId() {
        assertEquals(Optional.of("https://opendatacommons.org/licenses/odbl/1-0/"), Licences.url("ODbL-1.0"));
        assertEquals(Optional.of("https://opendatacommons.org/licenses/by/1-0/"), Licences.url("ODC-By-1.0"));
        assertEquals(Optional.of("https://opensource.org/licenses/MIT"), Licences.url("MIT"));
    }

    @Test
    void aUrlStaysAsItIsAndAnUnknownNameHasNone() {
        assertEquals(Optional.of("https://example.org/terms"), Licences.url("https://example.org/terms"));
        assertEquals(Optional.empty(), Licences.url("CC BY 5.0"), "no such version");
        assertEquals(Optional.empty(), Licences.url("All rights reserved"));
        assertEquals(Optional.empty(), Licences.url(""));
    }
}
