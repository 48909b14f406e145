package org.smartbizflow.crm.core.ics;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * CLDR's table from Windows time-zone names to IANA zones, for calendar files written by
 * Outlook and Exchange ({@code TZID:W. Europe Standard Time}).
 *
 * <p>The table ships as a resource generated from CLDR's windowsZones data (territory "001"),
 * rather than as a run-time dependency on the 14 MB ICU4J: a test compares it with ICU4J's copy
 * of CLDR entry by entry, so an upgrade of the pinned ICU4J that changes a mapping fails the
 * build until the table is regenerated.
 */
final class WindowsZones {

    static final String RESOURCE = "windows-zones.properties";

    private WindowsZones() {
    }

    /**
     * The IANA zone the Windows name stands for, or null when the name is not a Windows zone
     * name (or names a zone newer than this JDK's rules).
     */
    static ZoneId of(String windowsId) {
        String iana = Table.MAPPING.get(windowsId.strip());
        if (iana == null) {
            return null;
        }
        try {
            return ZoneId.of(iana);
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** Every Windows name with its IANA zone id, sorted by name. */
    static Map<String, String> table() {
        return Table.MAPPING;
    }

    /** Loaded on first use only: most hosts never read an Outlook file. */
    private static final class Table {
        static final Map<String, String> MAPPING = load();

        private static Map<String, String> load() {
            Properties properties = new Properties();
            try (InputStream in = WindowsZones.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("missing resource " + RESOURCE + " beside " + WindowsZones.class);
                }
                properties.load(in);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + RESOURCE, e);
            }
            Map<String, String> mapping = new TreeMap<>();
            properties.forEach((name, zone) -> mapping.put((String) name, (String) zone));
            return java.util.Collections.unmodifiableMap(mapping);
        }
    }
}
