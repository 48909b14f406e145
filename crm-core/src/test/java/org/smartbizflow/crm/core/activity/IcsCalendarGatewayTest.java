package org.smartbizflow.crm.core.activity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;
import org.smartbizflow.crm.activity.Attendee;
import org.smartbizflow.crm.activity.CalendarEvent;
import org.smartbizflow.crm.activity.CalendarRead;
import org.smartbizflow.crm.activity.RecurrenceRule;
import org.smartbizflow.crm.contact.ContactId;
import org.smartbizflow.crm.core.ics.IcsCalendarGateway;
import org.smartbizflow.crm.shared.EmailAddress;
import org.smartbizflow.crm.shared.UserId;

class IcsCalendarGatewayTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private final IcsCalendarGateway gateway = new IcsCalendarGateway(
            Clock.fixed(Instant.parse("2026-02-01T12:00:00Z"), ZoneOffset.UTC));

    private String write(List<CalendarEvent> events) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        gateway.write(events, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    private CalendarRead read(String ics) {
        return gateway.read(new ByteArrayInputStream(ics.getBytes(StandardCharsets.UTF_8)));
    }

    private static CalendarEvent series() {
        Instant start = Instant.parse("2026-03-02T08:00:00Z");
        return new CalendarEvent("series-1@test", "Weekly sync; planning, review",
                "Agenda:\n- numbers\n- a line that is long enough to need folding because it goes on and on "
                        + "with Ümlauts and émojis 🎉 past seventy-five octets",
                "Room \"Babbage\", 2nd floor", start, start.plus(Duration.ofMinutes(45)), BERLIN,
                RecurrenceRule.weekly(1, 20, DayOfWeek.MONDAY, DayOfWeek.THURSDAY).except(LocalDate.of(2026, 3, 12),
                        LocalDate.of(2026, 4, 2)),
                EmailAddress.of("ada@crm.example"),
                List.of(Attendee.user(UserId.of("grace"), "Grace \"Amazing\" Hopper", EmailAddress.of("grace@crm.example")),
                        Attendee.user(UserId.of("a:b;c"), null, null),
                        Attendee.contact(ContactId.of(UUID.randomUUID()), "Ann, Contact", null),
                        Attendee.external("Bob ^ Builder", EmailAddress.of("bob@build.example"))),
                false);
    }

    @Test
    void writtenEventsReadBackUnchanged() {
        Instant single = Instant.parse("2026-07-01T14:30:00Z");
        CalendarEvent utc = new CalendarEvent("one@test", "Lunch", null, null, single, single.plus(Duration.ofHours(1)),
                ZoneOffset.UTC, RecurrenceRule.daily(2, 3).until(LocalDate.of(2026, 7, 9)), null, List.of(), true);
        List<CalendarEvent> events = List.of(series(), utc);

        CalendarRead read = read(write(events));

        assertThat(read.rejected()).isEmpty();
        assertThat(read.events()).containsExactlyElementsOf(events);
    }

    @Test
    void writesRfc5545Structure() {
        String ics = write(List.of(series()));

        assertThat(ics).startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:").endsWith("END:VCALENDAR\r\n");
        assertThat(ics.split("\r\n")).allSatisfy(line ->
                assertThat(line.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75));
        String unfolded = ics.replace("\r\n ", "");
        assertThat(unfolded)
                .contains("DTSTART;TZID=Europe/Berlin:20260302T090000\r\n")
                .contains("DTEND;TZID=Europe/Berlin:20260302T094500\r\n")
                .contains("RRULE:FREQ=WEEKLY;BYDAY=MO,TH;COUNT=20\r\n")
                .contains("EXDATE;TZID=Europe/Berlin:20260312T090000,20260402T090000\r\n")
                .contains("SUMMARY:Weekly sync\\; planning\\, review\r\n")
                .contains("LOCATION:Room \"Babbage\"\\, 2nd floor\r\n")
                .contains("ATTENDEE;CN=\"Grace ^'Amazing^' Hopper\";X-CRM-USER=\"grace\":mailto:grace@crm.example")
                .contains("BEGIN:VTIMEZONE\r\nTZID:Europe/Berlin\r\n")
                // the change to summer time on 29 March 2026 is in the zone definition
                .contains("BEGIN:DAYLIGHT\r\nDTSTART:20260329T020000\r\nTZOFFSETFROM:+0100\r\nTZOFFSETTO:+0200");
        assertThat(ics).doesNotContain("\n\n").doesNotContain("\r\n\r\n");
    }

    @Test
    void readsWhatOtherCalendarsWriteAndReportsWhatItCannot() {
        String ics = "BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//Other//EN\n"
                + "BEGIN:VEVENT\nUID:a@other\nDTSTART:20260310T100000Z\nDURATION:PT1H30M\nSUMMARY:Folded\n"
                + "  summary\nDESCRIPTION:line\\nnext\\, more\\\\end\nORGANIZER;CN=Boss:MAILTO:boss@other.example\n"
                + "BEGIN:VALARM\nTRIGGER:-PT15M\nACTION:DISPLAY\nDESCRIPTION:ignored\nEND:VALARM\n"
                + "ATTENDEE;ROLE=REQ-PARTICIPANT;CN=\"Doe, Jane\":mailto:jane@other.example\nEND:VEVENT\n"
                + "BEGIN:VEVENT\nUID:b@other\nDTSTART;VALUE=DATE:20260311\nSUMMARY:All day\nEND:VEVENT\n"
                + "BEGIN:VEVENT\nUID:c@other\nDTSTART;TZID=Customized Time Zone:20260312T100000\n"
                + "SUMMARY:Windows zone\nEND:VEVENT\n"
                + "BEGIN:VEVENT\nUID:d@other\nDTSTART:20260312T100000Z\nRRULE:FREQ=YEARLY;COUNT=2\n"
                + "SUMMARY:Yearly\nEND:VEVENT\n"
                + "BEGIN:VEVENT\nUID:e@other\nSUMMARY:No start\nEND:VEVENT\n"
                + "END:VCALENDAR\n";

        CalendarRead read = read(ics);

        assertThat(read.events()).hasSize(2);
        CalendarEvent first = read.events().get(0);
        assertThat(first.summary()).isEqualTo("Folded summary");
        assertThat(first.description()).isEqualTo("line\nnext, more\\end");
        assertThat(first.end()).isEqualTo(Instant.parse("2026-03-10T11:30:00Z"));
        assertThat(first.organizer()).isEqualTo(EmailAddress.of("boss@other.example"));
        assertThat(first.attendees()).containsExactly(Attendee.external("Doe, Jane", EmailAddress.of("jane@other.example")));
        CalendarEvent allDay = read.events().get(1);
        assertThat(allDay.end()).isEqualTo(allDay.start().plus(Duration.ofDays(1)));
        assertThat(read.rejected()).extracting(r -> r.uid()).containsExactly("c@other", "d@other", "e@other");
        assertThat(read.rejected().get(0).reason()).contains("'Customized Time Zone'")
                .contains("neither an IANA nor a Windows zone name");
        assertThat(read.rejected().get(1).reason()).contains("YEARLY");
        assertThat(read.rejected().get(2).line()).isEqualTo(35);
    }

    @Test
    void readsOutlookFilesWithWindowsZoneNames() {
        // as Outlook and Exchange write them: Windows names in TZID, with VTIMEZONE blocks of that name
        String ics = String.join("\r\n", "BEGIN:VCALENDAR", "PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN",
                "VERSION:2.0", "METHOD:PUBLISH",
                "BEGIN:VTIMEZONE", "TZID:W. Europe Standard Time",
                "BEGIN:STANDARD", "DTSTART:16011028T030000", "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10",
                "TZOFFSETFROM:+0200", "TZOFFSETTO:+0100", "END:STANDARD",
                "BEGIN:DAYLIGHT", "DTSTART:16010325T020000", "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3",
                "TZOFFSETFROM:+0100", "TZOFFSETTO:+0200", "END:DAYLIGHT", "END:VTIMEZONE",
                "BEGIN:VTIMEZONE", "TZID:Pacific Standard Time", "BEGIN:STANDARD", "DTSTART:16011104T020000",
                "RRULE:FREQ=YEARLY;BYDAY=1SU;BYMONTH=11", "TZOFFSETFROM:-0700", "TZOFFSETTO:-0800", "END:STANDARD",
                "BEGIN:DAYLIGHT", "DTSTART:16010311T020000", "RRULE:FREQ=YEARLY;BYDAY=2SU;BYMONTH=3",
                "TZOFFSETFROM:-0800", "TZOFFSETTO:-0700", "END:DAYLIGHT", "END:VTIMEZONE",
                "BEGIN:VEVENT", "UID:040000008200E00074C5B7101A82E00800000000",
                "DTSTART;TZID=\"W. Europe Standard Time\":20260706T100000",
                "DTEND;TZID=\"W. Europe Standard Time\":20260706T110000",
                "RRULE:FREQ=WEEKLY;COUNT=4;BYDAY=MO", "EXDATE;TZID=W. Europe Standard Time:20260713T100000",
                "SUMMARY;LANGUAGE=de-DE:Jour fixe", "END:VEVENT",
                "BEGIN:VEVENT", "UID:040000008200E00074C5B7101A82E00800000000",
                "RECURRENCE-ID;TZID=W. Europe Standard Time:20260720T100000",
                "DTSTART;TZID=Pacific Standard Time:20260720T080000",
                "DTEND;TZID=Pacific Standard Time:20260720T090000", "SUMMARY:Jour fixe (from Seattle)", "END:VEVENT",
                "BEGIN:VEVENT", "UID:custom@outlook", "DTSTART;TZID=Customized Time Zone:20260706T100000",
                "SUMMARY:Own zone", "END:VEVENT",
                "END:VCALENDAR", "");

        CalendarRead read = read(ics);

        assertThat(read.events()).hasSize(2);
        CalendarEvent series = read.events().get(0);
        assertThat(series.zone()).isEqualTo(BERLIN);
        assertThat(series.start()).isEqualTo(Instant.parse("2026-07-06T08:00:00Z")); // summer time, +02:00
        assertThat(series.recurrence().exceptions()).containsExactly(LocalDate.of(2026, 7, 13));
        CalendarEvent moved = read.events().get(1);
        assertThat(moved.zone()).isEqualTo(ZoneId.of("America/Los_Angeles"));
        assertThat(moved.recurrenceId()).isEqualTo(Instant.parse("2026-07-20T08:00:00Z"));
        assertThat(moved.start()).isEqualTo(Instant.parse("2026-07-20T15:00:00Z")); // PDT, -07:00
        assertThat(read.rejected()).singleElement().satisfies(r -> {
            assertThat(r.uid()).isEqualTo("custom@outlook");
            assertThat(r.reason()).contains("DTSTART").contains("'Customized Time Zone'");
        });
    }

    @Test
    void occurrencesOfASeriesAreWrittenWithTheirRecurrenceIdAndReadBack() {
        CalendarEvent series = series();
        Instant original = Instant.parse("2026-03-05T08:00:00Z");
        CalendarEvent moved = new CalendarEvent(series.uid(), "Moved sync", null, "Room 2",
                Instant.parse("2026-03-06T13:00:00Z"), Instant.parse("2026-03-06T14:00:00Z"), BERLIN, null, null,
                List.of(), false, original);
        CalendarEvent cancelled = new CalendarEvent(series.uid(), series.summary(), null, null,
                Instant.parse("2026-03-09T08:00:00Z"), Instant.parse("2026-03-09T08:45:00Z"), ZoneOffset.UTC, null,
                null, List.of(), true, Instant.parse("2026-03-09T08:00:00Z"));

        String ics = write(List.of(series, moved, cancelled));
        CalendarRead read = read(ics);

        assertThat(ics.replace("\r\n ", "")).contains("RECURRENCE-ID;TZID=Europe/Berlin:20260305T090000\r\n")
                .contains("RECURRENCE-ID:20260309T080000Z\r\n");
        assertThat(read.rejected()).isEmpty();
        assertThat(read.events()).containsExactly(series, moved, cancelled);
    }

    @Test
    void aRangeOverrideIsReportedNotMisread() {
        String ics = String.join("\r\n", "BEGIN:VCALENDAR", "BEGIN:VEVENT", "UID:r@other",
                "RECURRENCE-ID;RANGE=THISANDFUTURE:20260309T080000Z", "DTSTART:20260309T120000Z", "SUMMARY:x",
                "END:VEVENT", "END:VCALENDAR", "");

        assertThat(read(ics).rejected()).singleElement().satisfies(r ->
                assertThat(r.reason()).contains("RECURRENCE-ID").contains("THISANDFUTURE"));
    }

    @Property
    void anyTextSurvivesEscapingAndFolding(@ForAll String summary, @ForAll @StringLength(max = 150) String name) {
        // text that UTF-8 can carry (no lone surrogates); parameter values cannot hold control characters
        Assume.that(StandardCharsets.UTF_8.newEncoder().canEncode(summary + name));
        name = name.replaceAll("\\p{Cntrl}", " ");
        String cleanSummary = summary.replace("\r", "").isBlank() ? "x" : summary.replace("\r", "");
        String cleanName = name.replace("\r", "").replace("\n", "").isBlank() ? null
                : name.replace("\r", "").replace("\n", "").strip();
        Instant start = Instant.parse("2026-03-02T08:00:00Z");
        CalendarEvent event = new CalendarEvent("p@test", cleanSummary, cleanSummary, null, start, start,
                ZoneOffset.UTC, null, null, cleanName == null ? List.of()
                : List.of(Attendee.external(cleanName, EmailAddress.of("p@test.example"))), false);

        CalendarRead read = read(write(List.of(event)));

        assertThat(read.rejected()).isEmpty();
        assertThat(read.events()).containsExactly(event);
    }
}
