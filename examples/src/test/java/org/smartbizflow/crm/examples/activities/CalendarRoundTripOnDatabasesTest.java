package org.smartbizflow.crm.examples.activities;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.smartbizflow.crm.activity.ActivityDetails;
import org.smartbizflow.crm.activity.ActivityFilter;
import org.smartbizflow.crm.activity.ActivityId;
import org.smartbizflow.crm.activity.ActivityStatus;
import org.smartbizflow.crm.activity.ActivityView;
import org.smartbizflow.crm.activity.RecurrenceRule;
import org.smartbizflow.crm.activity.ScheduleOutcome;
import org.smartbizflow.crm.activity.port.in.Activities;
import org.smartbizflow.crm.activity.port.in.CalendarImportReport;
import org.smartbizflow.crm.activity.port.in.ScheduleActivity;
import org.smartbizflow.crm.core.Crm;
import org.smartbizflow.crm.examples.Databases;
import org.smartbizflow.crm.jpa.JpaCrmPersistence;
import org.smartbizflow.crm.shared.Actor;
import org.smartbizflow.crm.shared.TenantId;

/**
 * Meetings the CRM exported, changed in a calendar and imported again update the stored
 * meetings, on every database the CRM supports ({@link Databases}): a single meeting moves,
 * is renamed and changes room; a series is renamed and loses one Monday.
 */
class CalendarRoundTripOnDatabasesTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    /** Monday 1 March 2027, 09:00 in Berlin. */
    private static final Instant MONDAY = Instant.parse("2027-03-01T08:00:00Z");

    @ParameterizedTest
    @EnumSource(Databases.Kind.class)
    void on(Databases.Kind database) throws SQLException {
        database.run(CalendarRoundTripOnDatabasesTest::scenario);
    }

    private static void scenario(JpaCrmPersistence store) {
        Activities activities = Crm.builder().persistence(store).build()
                .session(TenantId.of("acme"), Actor.system()).activities();
        ActivityId review = ((ScheduleOutcome.Scheduled) activities.schedule(ScheduleActivity.meeting("Review",
                MONDAY.plusSeconds(86_400), MONDAY.plusSeconds(86_400 + 3_600), BERLIN)
                .withDetails(new ActivityDetails.Meeting("Room 1", null)))).id();
        List<ActivityId> series = ((ScheduleOutcome.Scheduled) activities.schedule(ScheduleActivity.meeting(
                "Stand-up", MONDAY, MONDAY.plusSeconds(3_600), BERLIN)
                .repeating(RecurrenceRule.weekly(1, 3, DayOfWeek.MONDAY)))).occurrences();
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        activities.exportCalendar(ActivityFilter.any(), file);
        String changed = file.toString(StandardCharsets.UTF_8)
                .replace("SUMMARY:Review", "SUMMARY:Quarterly review")
                .replace("DTSTART;TZID=Europe/Berlin:20270302T090000", "DTSTART;TZID=Europe/Berlin:20270302T140000")
                .replace("DTEND;TZID=Europe/Berlin:20270302T100000", "DTEND;TZID=Europe/Berlin:20270302T150000")
                .replace("LOCATION:Room 1", "LOCATION:Room 7")
                .replace("SUMMARY:Stand-up", "SUMMARY:Team stand-up")
                .replace("RRULE:FREQ=WEEKLY;BYDAY=MO;COUNT=3\r\n",
                        "RRULE:FREQ=WEEKLY;BYDAY=MO;COUNT=3\r\nEXDATE;TZID=Europe/Berlin:20270308T090000\r\n");

        CalendarImportReport report = activities.importCalendar(
                new ByteArrayInputStream(changed.getBytes(StandardCharsets.UTF_8)), Set.of());

        assertThat(report.rejected()).isEmpty();
        assertThat(report.updated()).containsExactlyInAnyOrder(review, series.get(0));
        ActivityView moved = activities.get(review);
        assertThat(moved.subject()).isEqualTo("Quarterly review");
        assertThat(moved.start()).isEqualTo(Instant.parse("2027-03-02T13:00:00Z"));
        assertThat(moved.details()).isEqualTo(new ActivityDetails.Meeting("Room 7", null));
        assertThat(series.stream().map(activities::get).map(a -> a.subject() + " " + a.status()).toList())
                .containsExactly("Team stand-up " + ActivityStatus.PLANNED, "Stand-up " + ActivityStatus.CANCELLED,
                        "Team stand-up " + ActivityStatus.PLANNED);
        assertThat(activities.importCalendar(new ByteArrayInputStream(changed.getBytes(StandardCharsets.UTF_8)),
                Set.of()).updated()).isEmpty();
    }
}
