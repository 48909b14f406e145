package org.smartbizflow.crm.core.ics;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.smartbizflow.crm.activity.Attendee;
import org.smartbizflow.crm.activity.CalendarEvent;
import org.smartbizflow.crm.activity.CalendarRead;
import org.smartbizflow.crm.activity.CalendarRejection;
import org.smartbizflow.crm.activity.RecurrenceRule;
import org.smartbizflow.crm.activity.port.out.CalendarGateway;
import org.smartbizflow.crm.contact.ContactId;
import org.smartbizflow.crm.shared.EmailAddress;
import org.smartbizflow.crm.shared.UserId;
import org.smartbizflow.crm.shared.ValidationException;

/**
 * iCalendar (RFC 5545) files on streams: the calendar gateway the CRM uses unless a host
 * brings another. Writes one VEVENT per event with DTSTART/DTEND in the event's time zone
 * (TZID, with a VTIMEZONE built from the JDK's zone rules for the years the events cover),
 * RRULE and EXDATE for series, RECURRENCE-ID for single occurrences that differ from their
 * series (a VEVENT of their own with the series' UID), ORGANIZER and ATTENDEE, text escaped
 * and lines folded at 75 octets. Reads what it writes and what common calendars export:
 * folded lines, quoted and RFC 6868-encoded parameters, UTC, zoned, floating (read as UTC)
 * and all-day times, DTEND or DURATION, RECURRENCE-ID (without RANGE). Time zones are read by
 * their IANA name or, as Outlook and Exchange write them, by their Windows name ("W. Europe
 * Standard Time"), mapped to the IANA zone through CLDR's windowsZones table (from ICU4J).
 * The rules come from the JDK's zone data, not from the file's VTIMEZONE blocks; an event in
 * a zone known by neither name (Outlook's "Customized Time Zone", say) is rejected with the
 * TZID rather than guessed from the block's offsets.
 *
 * <p>CRM users and contacts among the attendees carry their keys in {@code X-CRM-USER} and
 * {@code X-CRM-CONTACT} parameters so that a round trip restores them.
 */
public final class IcsCalendarGateway implements CalendarGateway {

    private static final String CRLF = "\r\n";
    private static final int MAX_OCTETS = 75;
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss");
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss'Z'");
    private static final DateTimeFormatter DATE = DateTimeFormatter.BASIC_ISO_DATE;
    private static final Pattern WEEKS = Pattern.compile("([+-]?)P(\\d+)W");
    private static final String USER_URN = "urn:x-crm:user:";
    private static final String CONTACT_URN = "urn:x-crm:contact:";

    private final Clock clock;

    /**
     * A gateway that stamps written events with the clock's time.
     *
     * @param clock stamps DTSTAMP of written events
     */
    public IcsCalendarGateway(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    // ---- writing -----------------------------------------------------------------------------

    @Override
    public void write(List<CalendarEvent> events, OutputStream out) {
        Objects.requireNonNull(events, "events");
        Objects.requireNonNull(out, "out");
        try {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            line(writer, "BEGIN:VCALENDAR");
            line(writer, "VERSION:2.0");
            line(writer, "PRODID:-//SmartBizFlow//CRM//EN");
            line(writer, "CALSCALE:GREGORIAN");
            Map<ZoneId, Instant[]> zones = new LinkedHashMap<>();
            for (CalendarEvent event : events) {
                if (!isUtc(event.zone())) {
                    Instant[] range = zones.computeIfAbsent(event.zone(), z -> new Instant[] {event.start(), event.end()});
                    range[0] = min(range[0], event.start());
                    range[1] = max(range[1], lastEnd(event));
                }
            }
            for (Map.Entry<ZoneId, Instant[]> zone : zones.entrySet()) {
                timezone(writer, zone.getKey(), zone.getValue()[0], zone.getValue()[1]);
            }
            String stamp = UTC.format(clock.instant().atOffset(ZoneOffset.UTC));
            for (CalendarEvent event : events) {
                event(writer, event, stamp);
            }
            line(writer, "END:VCALENDAR");
            writer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the calendar", e);
        }
    }

    private static Instant lastEnd(CalendarEvent event) {
        if (event.recurrence() == null) {
            return event.end();
        }
        List<ZonedDateTime> occurrences = event.recurrence().expand(event.start().atZone(event.zone()));
        Duration length = Duration.between(event.start(), event.end());
        return occurrences.isEmpty() ? event.end()
                : max(event.end(), occurrences.get(occurrences.size() - 1).toInstant().plus(length));
    }

    private static void event(Writer writer, CalendarEvent event, String stamp) throws IOException {
        line(writer, "BEGIN:VEVENT");
        line(writer, "UID:" + text(event.uid()));
        line(writer, "DTSTAMP:" + stamp);
        line(writer, "DTSTART" + time(event.start(), event.zone()));
        line(writer, "DTEND" + time(event.end(), event.zone()));
        if (event.recurrenceId() != null) {
            line(writer, "RECURRENCE-ID" + time(event.recurrenceId(), event.zone()));
        }
        if (event.recurrence() != null) {
            RecurrenceRule rule = event.recurrence();
            line(writer, "RRULE:" + rule.toRrule(isUtc(event.zone()) ? ZoneOffset.UTC : event.zone()));
            if (!rule.exceptions().isEmpty()) {
                LocalTime at = event.start().atZone(event.zone()).toLocalTime();
                List<String> dates = new ArrayList<>();
                for (LocalDate day : new TreeSet<>(rule.exceptions())) {
                    Instant instant = ZonedDateTime.ofLocal(day.atTime(at), event.zone(), null).toInstant();
                    dates.add(timeValue(instant, event.zone()));
                }
                line(writer, "EXDATE" + zoneParameter(event.zone()) + ":" + String.join(",", dates));
            }
        }
        line(writer, "SUMMARY:" + text(event.summary()));
        if (event.description() != null) {
            line(writer, "DESCRIPTION:" + text(event.description()));
        }
        if (event.location() != null) {
            line(writer, "LOCATION:" + text(event.location()));
        }
        line(writer, "STATUS:" + (event.cancelled() ? "CANCELLED" : "CONFIRMED"));
        if (event.organizer() != null) {
            line(writer, "ORGANIZER:mailto:" + event.organizer().value());
        }
        for (Attendee attendee : event.attendees()) {
            StringBuilder property = new StringBuilder("ATTENDEE");
            if (attendee.name() != null) {
                property.append(";CN=").append(parameter(attendee.name()));
            }
            String address;
            if (attendee.kind() == Attendee.Kind.USER) {
                property.append(";X-CRM-USER=").append(parameter(attendee.key()));
                address = attendee.email() != null ? "mailto:" + attendee.email().value()
                        : USER_URN + URLEncoder.encode(attendee.key(), StandardCharsets.UTF_8);
            } else if (attendee.kind() == Attendee.Kind.CONTACT) {
                property.append(";X-CRM-CONTACT=").append(parameter(attendee.key()));
                address = attendee.email() != null ? "mailto:" + attendee.email().value() : CONTACT_URN + attendee.key();
            } else {
                address = "mailto:" + attendee.email().value();
            }
            line(writer, property.append(':').append(address).toString());
        }
        line(writer, "END:VEVENT");
    }

    /** A VTIMEZONE with the zone's offset at {@code from} and every transition up to {@code to}. */
    private static void timezone(Writer writer, ZoneId zone, Instant from, Instant to) throws IOException {
        ZoneRules rules = zone.getRules();
        Instant start = from.minus(Duration.ofDays(1));
        line(writer, "BEGIN:VTIMEZONE");
        line(writer, "TZID:" + zone.getId());
        String kind = rules.isDaylightSavings(start) ? "DAYLIGHT" : "STANDARD";
        ZoneOffset offset = rules.getOffset(start);
        line(writer, "BEGIN:" + kind);
        line(writer, "DTSTART:" + LOCAL.format(LocalDateTime.ofInstant(start, offset)));
        line(writer, "TZOFFSETFROM:" + offset(offset));
        line(writer, "TZOFFSETTO:" + offset(offset));
        line(writer, "END:" + kind);
        ZoneOffsetTransition transition = rules.nextTransition(start);
        while (transition != null && !transition.getInstant().isAfter(to)) {
            kind = rules.isDaylightSavings(transition.getInstant()) ? "DAYLIGHT" : "STANDARD";
            line(writer, "BEGIN:" + kind);
            line(writer, "DTSTART:" + LOCAL.format(transition.getDateTimeBefore()));
            line(writer, "TZOFFSETFROM:" + offset(transition.getOffsetBefore()));
            line(writer, "TZOFFSETTO:" + offset(transition.getOffsetAfter()));
            line(writer, "END:" + kind);
            transition = rules.nextTransition(transition.getInstant());
        }
        line(writer, "END:VTIMEZONE");
    }

    private static String offset(ZoneOffset offset) {
        int total = offset.getTotalSeconds();
        int abs = Math.abs(total);
        String text = String.format(Locale.ROOT, "%s%02d%02d", total < 0 ? "-" : "+", abs / 3600, abs / 60 % 60);
        return abs % 60 == 0 ? text : text + String.format(Locale.ROOT, "%02d", abs % 60);
    }

    private static String time(Instant instant, ZoneId zone) {
        return zoneParameter(zone) + ":" + timeValue(instant, zone);
    }

    private static String zoneParameter(ZoneId zone) {
        String id = zone.getId();
        // IANA names need no quotes; fixed offsets ("+02:00") contain a colon and do
        return isUtc(zone) ? "" : ";TZID=" + (id.matches("[A-Za-z0-9_/+-]+") ? id : parameter(id));
    }

    private static String timeValue(Instant instant, ZoneId zone) {
        return isUtc(zone) ? UTC.format(instant.atOffset(ZoneOffset.UTC))
                : LOCAL.format(LocalDateTime.ofInstant(instant, zone));
    }

    private static boolean isUtc(ZoneId zone) {
        return zone.normalized().equals(ZoneOffset.UTC);
    }

    /** RFC 5545 TEXT escaping: backslash, semicolon, comma and line breaks. */
    static String text(String value) {
        StringBuilder out = new StringBuilder(value.length() + 8);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\':
                    out.append("\\\\");
                    break;
                case ';':
                    out.append("\\;");
                    break;
                case ',':
                    out.append("\\,");
                    break;
                case '\r':
                    if (i + 1 < value.length() && value.charAt(i + 1) == '\n') {
                        i++;
                    }
                    out.append("\\n");
                    break;
                case '\n':
                    out.append("\\n");
                    break;
                default:
                    out.append(c);
            }
        }
        return out.toString();
    }

    /** A parameter value, RFC 6868-encoded and always quoted (so ':' ';' ',' are safe). */
    static String parameter(String value) {
        StringBuilder out = new StringBuilder("\"");
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '^') {
                out.append("^^");
            } else if (c == '"') {
                out.append("^'");
            } else if (c == '\n') {
                out.append("^n");
            } else if (c == '\r') {
                // dropped: a CR LF pair becomes one ^n
                if (i + 1 >= value.length() || value.charAt(i + 1) != '\n') {
                    out.append("^n");
                }
            } else if (c < 0x20 && c != '\t') {
                out.append(' ');
            } else {
                out.append(c);
            }
        }
        return out.append('"').toString();
    }

    /** Writes a content line folded at 75 octets (never inside a UTF-8 sequence), CRLF-terminated. */
    static void line(Writer writer, String content) throws IOException {
        writer.write(fold(content));
    }

    static String fold(String content) {
        StringBuilder out = new StringBuilder(content.length() + 8);
        int octets = 0;
        int i = 0;
        while (i < content.length()) {
            int codePoint = content.codePointAt(i);
            int size = codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
            if (octets + size > MAX_OCTETS) {
                out.append(CRLF).append(' ');
                octets = 1;
            }
            out.appendCodePoint(codePoint);
            octets += size;
            i += Character.charCount(codePoint);
        }
        return out.append(CRLF).toString();
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }

    private static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    // ---- reading -----------------------------------------------------------------------------

    @Override
    public CalendarRead read(InputStream in) {
        Objects.requireNonNull(in, "in");
        String text;
        try {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the calendar", e);
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        List<CalendarEvent> events = new ArrayList<>();
        List<CalendarRejection> rejected = new ArrayList<>();
        List<Property> current = null;
        int eventLine = 0;
        int depthInEvent = 0;
        for (Property property : unfold(text, rejected)) {
            if (property.name.equals("BEGIN")) {
                if (current != null) {
                    depthInEvent++; // VALARM and the like: skipped
                } else if (property.value.equalsIgnoreCase("VEVENT")) {
                    current = new ArrayList<>();
                    eventLine = property.line;
                }
                continue;
            }
            if (property.name.equals("END")) {
                if (current != null && depthInEvent > 0) {
                    depthInEvent--;
                } else if (current != null && property.value.equalsIgnoreCase("VEVENT")) {
                    toEvent(current, eventLine, events, rejected);
                    current = null;
                }
                continue;
            }
            if (current != null && depthInEvent == 0) {
                current.add(property);
            }
        }
        if (current != null) {
            rejected.add(new CalendarRejection(eventLine, null, "VEVENT has no END"));
        }
        return new CalendarRead(events, rejected);
    }

    private static void toEvent(List<Property> properties, int line, List<CalendarEvent> events,
                                List<CalendarRejection> rejected) {
        String uid = first(properties, "UID").map(p -> unescape(p.value)).orElse(null);
        try {
            if (uid == null || uid.isBlank()) {
                throw new ValidationException("UID", "is missing");
            }
            Property startProperty = first(properties, "DTSTART")
                    .orElseThrow(() -> new ValidationException("DTSTART", "is missing"));
            ZoneId zone = zoneOf(startProperty);
            When start = when(startProperty, zone);
            Instant end;
            Property endProperty = first(properties, "DTEND").orElse(null);
            Property duration = first(properties, "DURATION").orElse(null);
            if (endProperty != null) {
                end = when(endProperty, zoneOf(endProperty)).instant;
            } else if (duration != null) {
                end = start.instant.plus(duration(duration.value));
            } else {
                end = start.allDay ? start.instant.plus(Duration.ofDays(1)) : start.instant;
            }
            Set<LocalDate> exceptions = new TreeSet<>();
            for (Property exdate : all(properties, "EXDATE")) {
                ZoneId exZone = zoneOf(exdate);
                for (String value : exdate.value.split(",")) {
                    Property single = new Property(exdate.name, exdate.parameters, value.strip(), exdate.line);
                    exceptions.add(when(single, exZone).instant.atZone(zone).toLocalDate());
                }
            }
            RecurrenceRule rule = first(properties, "RRULE")
                    .map(p -> RecurrenceRule.parse(p.value, zone, exceptions)).orElse(null);
            String summary = first(properties, "SUMMARY").map(p -> unescape(p.value)).filter(s -> !s.isBlank())
                    .orElse("(no subject)");
            String description = first(properties, "DESCRIPTION").map(p -> unescape(p.value)).orElse(null);
            String location = first(properties, "LOCATION").map(p -> unescape(p.value)).orElse(null);
            boolean cancelled = first(properties, "STATUS").map(p -> p.value.equalsIgnoreCase("CANCELLED"))
                    .orElse(false);
            EmailAddress organizer = first(properties, "ORGANIZER").map(p -> mailto(p.value)).orElse(null);
            List<Attendee> attendees = new ArrayList<>();
            for (Property attendee : all(properties, "ATTENDEE")) {
                attendees.add(attendee(attendee));
            }
            Instant recurrenceId = null;
            Property recurrenceIdProperty = first(properties, "RECURRENCE-ID").orElse(null);
            if (recurrenceIdProperty != null) {
                if (recurrenceIdProperty.parameters.containsKey("RANGE")) {
                    throw new ValidationException("RECURRENCE-ID", "RANGE="
                            + recurrenceIdProperty.parameters.get("RANGE")
                            + " (an override of this and later occurrences) is not supported");
                }
                recurrenceId = when(recurrenceIdProperty, zoneOf(recurrenceIdProperty)).instant;
            }
            events.add(new CalendarEvent(uid, summary, description, location, start.instant, end, zone, rule,
                    organizer, attendees, cancelled, recurrenceId));
        } catch (ValidationException e) {
            rejected.add(new CalendarRejection(line, uid, e.getMessage()));
        }
    }

    private static Attendee attendee(Property property) {
        String name = property.parameters.get("CN");
        EmailAddress email = property.value.regionMatches(true, 0, "mailto:", 0, 7) ? mailto(property.value) : null;
        String user = property.parameters.get("X-CRM-USER");
        String contact = property.parameters.get("X-CRM-CONTACT");
        if (user == null && property.value.startsWith(USER_URN)) {
            user = URLDecoder.decode(property.value.substring(USER_URN.length()), StandardCharsets.UTF_8);
        }
        if (contact == null && property.value.startsWith(CONTACT_URN)) {
            contact = property.value.substring(CONTACT_URN.length());
        }
        if (user != null) {
            return Attendee.user(UserId.of(user), name, email);
        }
        if (contact != null) {
            return Attendee.contact(ContactId.parse(contact), name, email);
        }
        if (email == null) {
            throw new ValidationException("ATTENDEE", "is neither a mailto: address nor a CRM user or contact: "
                    + property.value);
        }
        return Attendee.external(name, email);
    }

    private static EmailAddress mailto(String value) {
        String address = value.regionMatches(true, 0, "mailto:", 0, 7) ? value.substring(7) : value;
        return EmailAddress.of(address);
    }

    private static ZoneId zoneOf(Property property) {
        String tzid = property.parameters.get("TZID");
        if (tzid == null) {
            return ZoneOffset.UTC;
        }
        try {
            return ZoneId.of(tzid.startsWith("/") ? tzid.substring(1) : tzid);
        } catch (DateTimeException e) {
            ZoneId windows = WindowsZones.of(tzid);
            if (windows != null) {
                return windows;
            }
            throw new ValidationException(property.name, "time zone '" + tzid
                    + "' is neither an IANA nor a Windows zone name");
        }
    }

    /** A DATE or DATE-TIME value: UTC (Z), in the given zone (TZID), or floating (read in the zone, UTC by default). */
    private static When when(Property property, ZoneId zone) {
        String value = property.value.strip();
        try {
            if ("DATE".equalsIgnoreCase(property.parameters.get("VALUE")) || value.length() == 8) {
                return new When(LocalDate.parse(value, DATE).atStartOfDay(zone).toInstant(), true);
            }
            if (value.endsWith("Z")) {
                return new When(LocalDateTime.parse(value, UTC).toInstant(ZoneOffset.UTC), false);
            }
            return new When(ZonedDateTime.ofLocal(LocalDateTime.parse(value, LOCAL), zone, null).toInstant(), false);
        } catch (DateTimeParseException e) {
            throw new ValidationException(property.name, "is not an iCalendar date or date-time: " + value);
        }
    }

    private static Duration duration(String value) {
        String text = value.strip().toUpperCase(Locale.ROOT);
        Matcher weeks = WEEKS.matcher(text);
        try {
            Duration parsed = weeks.matches() ? Duration.ofDays(7L * Long.parseLong(weeks.group(2)))
                    : Duration.parse(text.replace("+", ""));
            if (parsed.isNegative() || text.startsWith("-")) {
                throw new ValidationException("DURATION", "must not be negative: " + value);
            }
            return parsed;
        } catch (DateTimeParseException e) {
            throw new ValidationException("DURATION", "is not an iCalendar duration: " + value);
        }
    }

    /** Undoes TEXT escaping. */
    static String unescape(String value) {
        StringBuilder out = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\\' && i + 1 < value.length()) {
                char next = value.charAt(++i);
                out.append(next == 'n' || next == 'N' ? '\n' : next);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** Unfolds the physical lines into content lines and parses each; unparseable lines are reported. */
    static List<Property> unfold(String text, List<CalendarRejection> rejected) {
        String[] physical = text.split("\r\n|\n|\r", -1);
        List<Property> properties = new ArrayList<>();
        StringBuilder logical = null;
        int startLine = 0;
        for (int i = 0; i < physical.length; i++) {
            String line = physical[i];
            if (!line.isEmpty() && (line.charAt(0) == ' ' || line.charAt(0) == '\t') && logical != null) {
                logical.append(line, 1, line.length());
                continue;
            }
            if (logical != null) {
                parse(logical.toString(), startLine, properties, rejected);
            }
            logical = line.isEmpty() ? null : new StringBuilder(line);
            startLine = i + 1;
        }
        if (logical != null) {
            parse(logical.toString(), startLine, properties, rejected);
        }
        return properties;
    }

    private static void parse(String content, int line, List<Property> properties, List<CalendarRejection> rejected) {
        int colon = -1;
        boolean quoted = false;
        List<Integer> semicolons = new ArrayList<>();
        for (int i = 0; i < content.length() && colon < 0; i++) {
            char c = content.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && c == ';') {
                semicolons.add(i);
            } else if (!quoted && c == ':') {
                colon = i;
            }
        }
        if (colon < 0) {
            rejected.add(new CalendarRejection(line, null, "not a content line (no ':'): " + abbreviate(content)));
            return;
        }
        int nameEnd = semicolons.isEmpty() ? colon : semicolons.get(0);
        String name = content.substring(0, nameEnd).strip().toUpperCase(Locale.ROOT);
        Map<String, String> parameters = new LinkedHashMap<>();
        for (int p = 0; p < semicolons.size(); p++) {
            int from = semicolons.get(p) + 1;
            int to = p + 1 < semicolons.size() ? semicolons.get(p + 1) : colon;
            String parameter = content.substring(from, to);
            int eq = parameter.indexOf('=');
            if (eq > 0) {
                parameters.put(parameter.substring(0, eq).strip().toUpperCase(Locale.ROOT),
                        parameterValue(parameter.substring(eq + 1)));
            }
        }
        properties.add(new Property(name, parameters, content.substring(colon + 1), line));
    }

    /** A parameter value without its quotes, RFC 6868 caret escapes decoded. */
    static String parameterValue(String raw) {
        String value = raw.strip();
        if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
            value = value.substring(1, value.length() - 1);
        }
        StringBuilder out = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '^' && i + 1 < value.length()) {
                char next = value.charAt(i + 1);
                if (next == '^' || next == '\'' || next == 'n') {
                    out.append(next == '^' ? '^' : next == '\'' ? '"' : '\n');
                    i++;
                    continue;
                }
            }
            out.append(c);
        }
        return out.toString();
    }

    private static String abbreviate(String text) {
        return text.length() <= 60 ? text : text.substring(0, 60) + "...";
    }

    private static java.util.Optional<Property> first(List<Property> properties, String name) {
        return properties.stream().filter(p -> p.name.equals(name)).findFirst();
    }

    private static List<Property> all(List<Property> properties, String name) {
        return properties.stream().filter(p -> p.name.equals(name)).toList();
    }

    /** One unfolded content line. */
    static final class Property {
        final String name;
        final Map<String, String> parameters;
        final String value;
        final int line;

        Property(String name, Map<String, String> parameters, String value, int line) {
            this.name = name;
            this.parameters = parameters;
            this.value = value;
            this.line = line;
        }
    }

    /** A read time and whether it was a whole day. */
    private static final class When {
        final Instant instant;
        final boolean allDay;

        When(Instant instant, boolean allDay) {
            this.instant = instant;
            this.allDay = allDay;
        }
    }
}
