package org.smartbizflow.crm.core.ics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The shipped Windows time-zone table is CLDR's, as the pinned ICU4J carries it. */
class WindowsZonesTest {

    @Test
    void theShippedTableIsCldrsWindowsZonesForTerritory001() {
        Map<String, String> cldr = new TreeMap<>();
        for (String iana : com.ibm.icu.util.TimeZone.getAvailableIDs()) {
            String windows = com.ibm.icu.util.TimeZone.getWindowsID(iana);
            if (windows != null) {
                cldr.put(windows, com.ibm.icu.util.TimeZone.getIDForWindowsID(windows, null));
            }
        }
        String regenerated = cldr.entrySet().stream()
                .map(e -> e.getKey().replace(" ", "\\ ") + "=" + e.getValue())
                .collect(Collectors.joining("\n"));

        assertThat(WindowsZones.table())
                .as("%s differs from CLDR %s; replace its entries with:%n%s", WindowsZones.RESOURCE,
                        com.ibm.icu.util.LocaleData.getCLDRVersion(), regenerated)
                .containsExactlyEntriesOf(cldr);
        assertThat(cldr).hasSizeGreaterThan(100);
    }

    @Test
    void everyZoneInTheTableIsKnownToThisJdk() {
        WindowsZones.table().forEach((windows, iana) ->
                assertThat(WindowsZones.of(windows)).as(windows).isEqualTo(ZoneId.of(iana)));
    }

    @Test
    void namesAreReadWithoutSurroundingBlanksAndUnknownNamesGiveNull() {
        assertThat(WindowsZones.of(" W. Europe Standard Time ")).isEqualTo(ZoneId.of("Europe/Berlin"));
        assertThat(WindowsZones.of("Pacific Standard Time")).isEqualTo(ZoneId.of("America/Los_Angeles"));
        assertThat(WindowsZones.of("Customized Time Zone")).isNull();
    }
}
