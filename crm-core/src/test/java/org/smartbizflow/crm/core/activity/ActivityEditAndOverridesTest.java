package org.smartbizflow.crm.core.activity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.smartbizflow.crm.account.AccountId;
import org.smartbizflow.crm.activity.ActivityChange;
import org.smartbizflow.crm.activity.ActivityDetails;
import org.smartbizflow.crm.activity.ActivityEvent;
import org.smartbizflow.crm.activity.ActivityFilter;
import org.smartbizflow.crm.activity.ActivityId;
import org.smartbizflow.crm.activity.ActivityStatus;
import org.smartbizflow.crm.activity.ActivityView;
import org.smartbizflow.crm.activity.ActivityVisibility;
import org.smartbizflow.crm.activity.Attendee;
import org.smartbizflow.crm.activity.ConflictPolicy;
import org.smartbizflow.crm.activity.Priority;
import org.smartbizflow.crm.activity.RecordLink;
import org.smartbizflow.crm.activity.RecurrenceRule;
import org.smartbizflow.crm.activity.ScheduleOutcome;
import org.smartbizflow.crm.activity.port.in.Activities;
import org.smartbizflow.crm.activity.port.in.CalendarImportReport;
import org.smartbizflow.crm.activity.port.in.CancelActivity;
import org.smartbizflow.crm.activity.port.in.CompleteActivity;
import org.smartbizflow.crm.activity.port.in.EditActivity;
import org.smartbizflow.crm.activity.port.in.ListActivities;
import org.smartbizflow.crm.activity.port.in.RescheduleActivity;
import org.smartbizflow.crm.activity.port.in.ScheduleActivity;
import org.smartbizflow.crm.contact.ContactId;
import org.smartbizflow.crm.core.AccessPolicies;
import org.smartbizflow.crm.core.Crm;
import org.smartbizflow.crm.core.inmemory.InMemoryCrmPersistence;
import org.smartbizflow.crm.lead.LeadId;
import org.smartbizflow.crm.shared.Actor;
import org.smartbizflow.crm.shared.AuditEntry;
import org.smartbizflow.crm.shared.ConcurrencyConflictException;
import org.smartbizflow.crm.shared.EmailAddress;
import org.smartbizflow.crm.shared.EventEnvelope;
import org.smartbizflow.crm.shared.Role;
import org.smartbizflow.crm.shared.TenantId;
import org.smartbizflow.crm.shared.UserId;
import org.smartbizflow.crm.shared.ValidationException;

/** Editing activities after creation, and single occurrences of a series that move or change. */
class ActivityEditAndOverridesTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final TenantId ACME = TenantId.of("acme");
    private static final UserId GRACE = UserId.of("grace");
    /** Monday 2 March 2026, 08:00 UTC (09:00 in Berlin). */
    private static final Instant MONDAY = Instant.parse("2026-03-02T08:00:00Z");
    private static final Duration HOUR = Duration.ofHours(1);
    private static final Duration WEEK = Duration.ofDays(7);

    private final MutableClock clock = new MutableClock(MONDAY.minus(WEEK));
    private final InMemoryCrmPersistence store = new InMemoryCrmPersistence();
    private final List<EventEnvelope> published = new ArrayList<>();
    private final Crm crm = Crm.builder().persistence(store).clock(clock).events(published::add)
            .accessPolicy(AccessPolicies.ownerOrManager()).build();
    private final Activities ada = crm.session(ACME, Actor.user("ada", Role.SALES_REP)).activities();
    private final Activities grace = crm.session(ACME, Actor.user("grace", Role.SALES_REP)).activities();

    private static ActivityId scheduled(ScheduleOutcome outcome) {
        assertThat(outcome).isInstanceOf(ScheduleOutcome.Scheduled.class);
        return ((ScheduleOutcome.Scheduled) outcome).id();
    }

    private static ScheduleActivity meeting(String subject, Instant start) {
        return ScheduleActivity.meeting(subject, start, start.plus(HOUR), BERLIN);
    }

    private List<AuditEntry> audit(ActivityId id) {
        return store.transactions().inTransaction(() -> store.auditLog().history(ACME, "Activity", id.toString()));
    }

    private List<ActivityView> all(Activities activities, ActivityFilter filter) {
        return activities.list(ListActivities.firstPage(filter)).items();
    }

    @Test
    void editChangesWhatAMeetingIsAboutAuditsEachFieldAndPublishesOneEvent() {
        RecordLink account = RecordLink.account(AccountId.of(UUID.randomUUID()));
        RecordLink lead = RecordLink.lead(LeadId.of(UUID.randomUUID()));
        Attendee contact = Attendee.contact(ContactId.of(UUID.randomUUID()), "Ann", EmailAddress.of("ann@x.example"));
        ActivityId id = scheduled(ada.schedule(meeting("Kick-off", MONDAY).about(account).withBody("old notes")
                .with(Attendee.user(GRACE)).withDetails(new ActivityDetails.Meeting("Room 1", null))));
        published.clear();

        ActivityChange change = ada.edit(EditActivity.of(id).subject("Kick-off with Ann").body(" ")
                .location("").onlineLink("https://meet.example/k").visibility(ActivityVisibility.PRIVATE)
                .unlink(account).link(lead).uninvite(Attendee.user(GRACE)).invite(contact).expecting(0));

        assertThat(change).isInstanceOf(ActivityChange.Changed.class);
        ActivityView view = ada.get(id);
        assertThat(view.subject()).isEqualTo("Kick-off with Ann");
        assertThat(view.body()).isNull();
        assertThat(view.details()).isEqualTo(new ActivityDetails.Meeting(null, "https://meet.example/k"));
        assertThat(view.visibility()).isEqualTo(ActivityVisibility.PRIVATE);
        assertThat(view.links()).containsExactly(lead);
        assertThat(view.attendees()).containsExactly(contact);
        assertThat(view.version()).isEqualTo(1);
        assertThat(view.start()).isEqualTo(MONDAY);
        assertThat(audit(id)).filteredOn(e -> e.field().equals("subject") && e.oldValue() != null).singleElement()
                .satisfies(e -> {
                    assertThat(e.oldValue()).isEqualTo("Kick-off");
                    assertThat(e.newValue()).isEqualTo("Kick-off with Ann");
                });
        assertThat(audit(id)).extracting(AuditEntry::field).contains("body", "meeting.location",
                "meeting.onlineLink", "visibility", "link", "attendee");
        assertThat(audit(id)).filteredOn(e -> e.field().equals("link"))
                .extracting(AuditEntry::oldValue, AuditEntry::newValue)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(account.toString(), null),
                        org.assertj.core.groups.Tuple.tuple(null, lead.toString()));
        assertThat(published).singleElement().satisfies(e -> {
            assertThat(e.event()).isInstanceOf(ActivityEvent.ActivityEdited.class);
            ActivityEvent.ActivityEdited edited = (ActivityEvent.ActivityEdited) e.event();
            assertThat(edited.fields()).contains("subject", "link", "attendee");
            assertThat(edited.linksRemoved()).containsExactly(account);
            assertThat(edited.linksAdded()).containsExactly(lead);
        });
        // the record calendars follow the links
        assertThat(all(ada, ActivityFilter.any().about(account))).isEmpty();
        assertThat(all(ada, ActivityFilter.any().about(lead))).extracting(ActivityView::id).containsExactly(id);
    }

    @Test
    void anEditThatChangesNothingStoresNothing() {
        ActivityId id = scheduled(ada.schedule(meeting("Kick-off", MONDAY)));
        published.clear();

        ActivityChange change = ada.edit(EditActivity.of(id).subject("Kick-off").unlink(
                RecordLink.account(AccountId.of(UUID.randomUUID()))));

        assertThat(change).isEqualTo(new ActivityChange.Changed(List.of()));
        assertThat(ada.get(id).version()).isZero();
        assertThat(published).isEmpty();
    }

    @Test
    void editChecksTheVersionAndNamesTheFieldOfBadInput() {
        ActivityId id = scheduled(ada.schedule(meeting("Kick-off", MONDAY)));
        ada.edit(EditActivity.of(id).body("agenda"));

        assertThatThrownBy(() -> ada.edit(EditActivity.of(id).subject("stale").expecting(0)))
                .isInstanceOf(ConcurrencyConflictException.class);
        assertThatThrownBy(() -> ada.edit(EditActivity.of(id).priority(Priority.HIGH)))
                .isInstanceOfSatisfying(ValidationException.class, e ->
                        assertThat(e.violations()).extracting(v -> v.field()).containsExactly("priority"));
        assertThatThrownBy(() -> ada.edit(EditActivity.of(id).subject("  ")))
                .isInstanceOfSatisfying(ValidationException.class, e ->
                        assertThat(e.violations()).extracting(v -> v.field()).containsExactly("subject"));
        assertThatThrownBy(() -> ada.edit(EditActivity.of(id).subject("x".repeat(201))))
                .isInstanceOf(ValidationException.class).hasMessageContaining("subject");
        RecordLink[] tooMany = new RecordLink[21];
        for (int i = 0; i < tooMany.length; i++) {
            tooMany[i] = RecordLink.account(AccountId.of(UUID.randomUUID()));
        }
        assertThatThrownBy(() -> ada.edit(EditActivity.of(id).link(tooMany)))
                .isInstanceOf(ValidationException.class).hasMessageContaining("links");
        ActivityId task = scheduled(ada.schedule(ScheduleActivity.task("Send offer", MONDAY, BERLIN)));
        assertThatThrownBy(() -> ada.edit(EditActivity.of(task).invite(Attendee.user(GRACE))))
                .isInstanceOf(ValidationException.class).hasMessageContaining("addAttendees");
        assertThat(ada.edit(EditActivity.of(task).priority(Priority.HIGH))).isInstanceOf(ActivityChange.Changed.class);
        assertThat(ada.get(task).details()).isEqualTo(new ActivityDetails.Task(Priority.HIGH));
        // nothing else was stored by the refused calls
        assertThat(ada.get(id).subject()).isEqualTo("Kick-off");
        assertThat(ada.get(id).version()).isEqualTo(1);
        // another rep may not change Ada's meeting
        assertThatThrownBy(() -> grace.edit(EditActivity.of(id).subject("mine")))
                .isInstanceOf(org.smartbizflow.crm.shared.AccessDeniedException.class);
    }

    @Test
    void aCompletedOrCancelledActivityTakesNotesAndLinksOnly() {
        ActivityId call = scheduled(ada.schedule(ScheduleActivity.call("Intro call", MONDAY, HOUR, BERLIN)));
        ada.complete(CompleteActivity.of(call, "interested"));
        RecordLink account = RecordLink.account(AccountId.of(UUID.randomUUID()));

        ActivityChange notes = ada.edit(EditActivity.of(call).body("They want a demo in April").link(account));
        ActivityChange subject = ada.edit(EditActivity.of(call).subject("Renamed").body("other notes"));

        assertThat(notes).isInstanceOf(ActivityChange.Changed.class);
        assertThat(subject).isInstanceOfSatisfying(ActivityChange.Refused.class, r -> {
            assertThat(r.status()).isEqualTo(ActivityStatus.COMPLETED);
            assertThat(r.reason()).endsWith("not subject");
        });
        ActivityView view = ada.get(call);
        assertThat(view.subject()).isEqualTo("Intro call");
        assertThat(view.body()).isEqualTo("They want a demo in April");
        assertThat(view.links()).containsExactly(account);
        assertThat(view.outcome()).isEqualTo("interested");
        ActivityId cancelled = scheduled(ada.schedule(meeting("Lunch", MONDAY.plus(WEEK))));
        ada.cancel(CancelActivity.of(cancelled));
        assertThat(ada.edit(EditActivity.of(cancelled).invite(Attendee.user(GRACE))))
                .isInstanceOf(ActivityChange.Refused.class);
    }

    @Test
    void aMovedOccurrenceKeepsItsOriginalStartAndShowsOnlyAtItsNewTime() {
        ScheduleOutcome.Scheduled series = (ScheduleOutcome.Scheduled) ada.schedule(meeting("Stand-up", MONDAY)
                .repeating(RecurrenceRule.weekly(1, 3, DayOfWeek.MONDAY)));
        ActivityId second = series.occurrences().get(1);
        Instant original = MONDAY.plus(WEEK);
        Instant moved = MONDAY.plus(Duration.ofDays(22)).plus(Duration.ofHours(5)); // after the last occurrence

        ada.reschedule(new RescheduleActivity(second, moved, null, null, null, ConflictPolicy.IGNORE));
        ada.edit(EditActivity.of(second).subject("Stand-up (moved)"));

        ActivityView view = ada.get(second);
        assertThat(view.originalStart()).isEqualTo(original);
        assertThat(view.occurrenceKey()).isEqualTo(original);
        assertThat(view.movedOccurrence()).isTrue();
        assertThat(view.start()).isEqualTo(moved);
        assertThat(ada.get(series.id()).originalStart()).isEqualTo(MONDAY);
        assertThat(ada.get(series.id()).movedOccurrence()).isFalse();
        // the week the rule put it in no longer shows it; the week it moved to does
        assertThat(all(ada, ActivityFilter.any().during(original, original.plus(Duration.ofDays(5))))).isEmpty();
        assertThat(all(ada, ActivityFilter.any().during(moved.minus(HOUR), moved.plus(HOUR))))
                .extracting(ActivityView::id).containsExactly(second);
        // moved again, it keeps the original start
        ada.reschedule(RescheduleActivity.to(second, moved.plus(HOUR)));
        assertThat(ada.get(second).originalStart()).isEqualTo(original);
    }

    @Test
    void editingAnOccurrenceAndTheLaterOnesLeavesTheEarlierAndTheClosedOnesAlone() {
        ScheduleOutcome.Scheduled series = (ScheduleOutcome.Scheduled) ada.schedule(meeting("Stand-up", MONDAY)
                .repeating(RecurrenceRule.weekly(1, 5, DayOfWeek.MONDAY)));
        List<ActivityId> ids = series.occurrences();
        ada.cancel(CancelActivity.of(ids.get(3)));
        // moved before the third, but fifth in the series: still one of the later occurrences
        ada.reschedule(new RescheduleActivity(ids.get(4), MONDAY.plus(Duration.ofDays(9)), null, null, null,
                ConflictPolicy.IGNORE));
        published.clear();

        ActivityChange change = ada.edit(EditActivity.of(ids.get(2)).subject("Stand-up, new room")
                .location("Room 2").alsoLaterOccurrences());

        assertThat(change).isInstanceOf(ActivityChange.Changed.class);
        assertThat(ids.stream().map(ada::get).toList()).extracting(ActivityView::subject).containsExactly(
                "Stand-up", "Stand-up", "Stand-up, new room", "Stand-up", "Stand-up, new room");
        assertThat(ada.get(ids.get(4)).details()).isEqualTo(new ActivityDetails.Meeting("Room 2", null));
        assertThat(ada.get(ids.get(3)).status()).isEqualTo(ActivityStatus.CANCELLED);
        assertThat(audit(ids.get(4))).filteredOn(e -> e.field().equals("subject") && e.oldValue() != null)
                .singleElement().satisfies(e -> assertThat(e.newValue()).isEqualTo("Stand-up, new room"));
        assertThat(published).extracting(e -> ((ActivityEvent.ActivityEdited) e.event()).activityId())
                .containsExactly(ids.get(2), ids.get(4));
        // without the flag one occurrence changes alone
        ada.edit(EditActivity.of(ids.get(0)).body("agenda"));
        assertThat(ada.get(ids.get(1)).body()).isNull();
    }

    @Test
    void movingAnOccurrenceAndTheLaterOnesShiftsThemAllByTheSameTime() {
        // six Mondays at 09:00 in Berlin, across the change to summer time on 29 March
        ScheduleOutcome.Scheduled series = (ScheduleOutcome.Scheduled) ada.schedule(meeting("Stand-up", MONDAY)
                .repeating(RecurrenceRule.weekly(1, 6, DayOfWeek.MONDAY)));
        List<ActivityId> ids = series.occurrences();
        List<ActivityView> before = ids.stream().map(ada::get).toList();
        Instant tuesdayAfternoon = Instant.parse("2026-03-17T13:00:00Z"); // 14:00 in Berlin

        ScheduleOutcome outcome = ada.reschedule(new RescheduleActivity(ids.get(2), tuesdayAfternoon,
                tuesdayAfternoon.plus(Duration.ofMinutes(30)), null, null, ConflictPolicy.IGNORE)
                .alsoLaterOccurrences());

        assertThat(((ScheduleOutcome.Scheduled) outcome).occurrences()).containsExactlyElementsOf(ids.subList(2, 6));
        List<ActivityView> after = ids.stream().map(ada::get).toList();
        assertThat(after.subList(0, 2)).isEqualTo(before.subList(0, 2));
        for (ActivityView moved : after.subList(2, 6)) {
            assertThat(moved.start().atZone(BERLIN).getDayOfWeek()).isEqualTo(DayOfWeek.TUESDAY);
            assertThat(moved.start().atZone(BERLIN).toLocalTime()).isEqualTo(java.time.LocalTime.of(14, 0));
            assertThat(moved.duration()).isEqualTo(Duration.ofMinutes(30));
            assertThat(moved.movedOccurrence()).isTrue();
        }
        assertThat(after.get(5).occurrenceKey()).isEqualTo(before.get(5).start());
    }

    @Test
    void aMoveOfTheLaterOccurrencesThatClashesIsRefusedWhole() {
        ScheduleOutcome.Scheduled series = (ScheduleOutcome.Scheduled) ada.schedule(meeting("Stand-up", MONDAY)
                .repeating(RecurrenceRule.weekly(1, 4, DayOfWeek.MONDAY)));
        List<ActivityId> ids = series.occurrences();
        Instant lastMoved = MONDAY.plus(WEEK.multipliedBy(3)).plus(Duration.ofHours(3));
        ActivityId review = scheduled(ada.schedule(meeting("Pipeline review", lastMoved)));
        List<ActivityView> before = ids.stream().map(ada::get).toList();

        ScheduleOutcome outcome = ada.reschedule(new RescheduleActivity(ids.get(1),
                MONDAY.plus(WEEK).plus(Duration.ofHours(3)), null, null, null, ConflictPolicy.REFUSE)
                .alsoLaterOccurrences());

        assertThat(outcome).isInstanceOf(ScheduleOutcome.Conflicted.class);
        assertThat(((ScheduleOutcome.Conflicted) outcome).conflicts()).extracting(ActivityView::id)
                .containsExactly(review);
        assertThat(ids.stream().map(ada::get).toList()).isEqualTo(before);
    }

    @Test
    void aSeriesWithMovedChangedAndCancelledOccurrencesRoundTripsThroughIcs() {
        RecordLink account = RecordLink.account(AccountId.of(UUID.randomUUID()));
        ScheduleOutcome.Scheduled series = (ScheduleOutcome.Scheduled) ada.schedule(meeting("Stand-up", MONDAY)
                .repeating(RecurrenceRule.weekly(1, 5, DayOfWeek.MONDAY)).with(Attendee.user(GRACE))
                .withDetails(new ActivityDetails.Meeting("Room 1", null)));
        List<ActivityId> ids = series.occurrences();
        // second: Tuesday 14:00 instead of Monday 09:00, and 30 minutes; third: other text and place;
        // fourth: cancelled; fifth: moved into the week after the series
        Instant tuesday = Instant.parse("2026-03-10T13:00:00Z");
        ada.reschedule(new RescheduleActivity(ids.get(1), tuesday, tuesday.plus(Duration.ofMinutes(30)), null, null,
                ConflictPolicy.IGNORE));
        ada.edit(EditActivity.of(ids.get(2)).subject("Stand-up with the board").body("numbers")
                .location("Board room").invite(Attendee.external("Eve", EmailAddress.of("eve@x.example"))));
        ada.cancel(CancelActivity.of(ids.get(3)));
        Instant later = Instant.parse("2026-04-08T07:00:00Z");
        ada.reschedule(new RescheduleActivity(ids.get(4), later, null, null, null, ConflictPolicy.IGNORE));
        ByteArrayOutputStream file = new ByteArrayOutputStream();

        ada.exportCalendar(ActivityFilter.any().during(MONDAY, MONDAY.plus(Duration.ofDays(1))), file);

        String ics = file.toString(StandardCharsets.UTF_8).replace("\r\n ", "");
        assertThat(ics.split("BEGIN:VEVENT", -1)).hasSize(1 + 4); // the series and three overrides
        assertThat(ics).contains("RECURRENCE-ID;TZID=Europe/Berlin:20260309T090000\r\n")
                .contains("RECURRENCE-ID;TZID=Europe/Berlin:20260316T090000\r\n")
                .contains("RECURRENCE-ID;TZID=Europe/Berlin:20260330T090000\r\n")
                .contains("EXDATE;TZID=Europe/Berlin:20260323T090000\r\n")
                .contains("DTSTART;TZID=Europe/Berlin:20260310T140000\r\n")
                .contains("RRULE:FREQ=WEEKLY;BYDAY=MO;COUNT=5\r\n");

        Activities elsewhere = crm.session(TenantId.of("other"), Actor.user("ada", Role.SALES_REP)).activities();
        CalendarImportReport report = elsewhere.importCalendar(new ByteArrayInputStream(file.toByteArray()),
                Set.of(account));

        assertThat(report.rejected()).isEmpty();
        assertThat(report.stored()).hasSize(1);
        List<ActivityView> original = all(ada, ActivityFilter.any().inStatuses(ActivityStatus.PLANNED));
        List<ActivityView> imported = all(elsewhere, ActivityFilter.any().inStatuses(ActivityStatus.PLANNED));
        assertThat(imported).extracting(ActivityView::start, ActivityView::end, ActivityView::occurrenceKey,
                ActivityView::subject, ActivityView::body, ActivityView::details)
                .containsExactlyElementsOf(original.stream().map(o -> org.assertj.core.groups.Tuple.tuple(o.start(),
                        o.end(), o.occurrenceKey(), o.subject(), o.body(), o.details())).toList());
        assertThat(imported.get(2).attendees()).containsExactlyInAnyOrderElementsOf(original.get(2).attendees());
        assertThat(imported).allSatisfy(a -> assertThat(a.links()).containsExactly(account));
        // the cancelled occurrence is not planned again
        assertThat(all(elsewhere, ActivityFilter.any())).hasSize(4);
        assertThat(imported.get(0).recurrence().exceptions()).containsExactly(LocalDate.of(2026, 3, 23));
    }

    @Test
    void meetingsChangedInACalendarAfterTheirExportUpdateTheCrmsMeetings() {
        ActivityId review = scheduled(ada.schedule(meeting("Review", MONDAY.plus(Duration.ofDays(1)))
                .withDetails(new ActivityDetails.Meeting("Room 1", null))));
        ScheduleOutcome.Scheduled series = (ScheduleOutcome.Scheduled) ada.schedule(meeting("Stand-up", MONDAY)
                .repeating(RecurrenceRule.weekly(1, 3, DayOfWeek.MONDAY)));
        List<ActivityId> ids = series.occurrences();
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        ada.exportCalendar(ActivityFilter.any(), file);
        // in the calendar: the review moves to the afternoon, in another room, under another name;
        // the series is renamed and its second Monday is dropped
        String changed = file.toString(StandardCharsets.UTF_8)
                .replace("SUMMARY:Review", "SUMMARY:Quarterly review")
                .replace("DTSTART;TZID=Europe/Berlin:20260303T090000", "DTSTART;TZID=Europe/Berlin:20260303T140000")
                .replace("DTEND;TZID=Europe/Berlin:20260303T100000", "DTEND;TZID=Europe/Berlin:20260303T150000")
                .replace("LOCATION:Room 1", "LOCATION:Room 7")
                .replace("SUMMARY:Stand-up", "SUMMARY:Team stand-up")
                .replace("RRULE:FREQ=WEEKLY;BYDAY=MO;COUNT=3\r\n",
                        "RRULE:FREQ=WEEKLY;BYDAY=MO;COUNT=3\r\nEXDATE;TZID=Europe/Berlin:20260309T090000\r\n");

        CalendarImportReport report = ada.importCalendar(
                new ByteArrayInputStream(changed.getBytes(StandardCharsets.UTF_8)), Set.of());

        assertThat(report.rejected()).isEmpty();
        assertThat(report.stored()).isEmpty();
        assertThat(report.updated()).containsExactlyInAnyOrder(review, ids.get(0));
        ActivityView moved = ada.get(review);
        assertThat(moved.subject()).isEqualTo("Quarterly review");
        assertThat(moved.start()).isEqualTo(Instant.parse("2026-03-03T13:00:00Z"));
        assertThat(moved.end()).isEqualTo(Instant.parse("2026-03-03T14:00:00Z"));
        assertThat(moved.details()).isEqualTo(new ActivityDetails.Meeting("Room 7", null));
        assertThat(ids.stream().map(ada::get).toList()).extracting(ActivityView::subject, ActivityView::status)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Team stand-up", ActivityStatus.PLANNED),
                        org.assertj.core.groups.Tuple.tuple("Stand-up", ActivityStatus.CANCELLED),
                        org.assertj.core.groups.Tuple.tuple("Team stand-up", ActivityStatus.PLANNED));
        assertThat(audit(review)).filteredOn(e -> e.field().equals("subject") && e.oldValue() != null)
                .singleElement().satisfies(e -> assertThat(e.newValue()).isEqualTo("Quarterly review"));

        CalendarImportReport again = ada.importCalendar(
                new ByteArrayInputStream(changed.getBytes(StandardCharsets.UTF_8)), Set.of());

        assertThat(again.updated()).isEmpty();
        assertThat(again.rejected()).isEmpty();
    }

    @Test
    void aSeriesMovedInACalendarMovesTheOccurrencesTheFileDoesNotOverride() {
        // three Mondays at 09:00 in Berlin, the last after the change to summer time
        ScheduleOutcome.Scheduled series = (ScheduleOutcome.Scheduled) ada.schedule(meeting("Stand-up",
                Instant.parse("2026-03-16T08:00:00Z")).repeating(RecurrenceRule.weekly(1, 3, DayOfWeek.MONDAY)));
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        ada.exportCalendar(ActivityFilter.any(), file);
        // in the calendar the series moves to 10:00 for 30 minutes
        String changed = file.toString(StandardCharsets.UTF_8)
                .replace("DTEND;TZID=Europe/Berlin:20260316T100000", "DTEND;TZID=Europe/Berlin:20260316T103000")
                .replace("DTSTART;TZID=Europe/Berlin:20260316T090000", "DTSTART;TZID=Europe/Berlin:20260316T100000");

        CalendarImportReport report = ada.importCalendar(
                new ByteArrayInputStream(changed.getBytes(StandardCharsets.UTF_8)), Set.of());

        assertThat(report.rejected()).isEmpty();
        assertThat(report.updated()).containsExactly(series.id());
        assertThat(series.occurrences().stream().map(ada::get).toList()).allSatisfy(occurrence -> {
            assertThat(occurrence.start().atZone(BERLIN).toLocalTime()).isEqualTo(java.time.LocalTime.of(10, 0));
            assertThat(occurrence.duration()).isEqualTo(Duration.ofMinutes(30));
        });
    }

    @Test
    void aHeldMeetingChangedInACalendarIsReportedAndStaysAsItHappened() {
        clock.set(MONDAY.minus(Duration.ofDays(1)));
        ActivityId review = scheduled(ada.schedule(meeting("Review", MONDAY)));
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        ada.exportCalendar(ActivityFilter.any(), file);
        clock.set(MONDAY.plus(Duration.ofHours(2)));
        ada.complete(CompleteActivity.of(review, "agreed"));
        String changed = file.toString(StandardCharsets.UTF_8).replace("SUMMARY:Review", "SUMMARY:Other");

        CalendarImportReport report = ada.importCalendar(
                new ByteArrayInputStream(changed.getBytes(StandardCharsets.UTF_8)), Set.of());

        assertThat(report.updated()).isEmpty();
        assertThat(report.rejected()).singleElement().satisfies(r -> assertThat(r.reason()).contains("final"));
        assertThat(ada.get(review).subject()).isEqualTo("Review");
    }

    @Test
    void overridesThatNameNoOccurrenceAreReportedAndTheSeriesStays() {
        String ics = String.join("\r\n", "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Other//EN",
                "BEGIN:VEVENT", "UID:weekly@other", "DTSTART;TZID=Europe/Berlin:20260302T090000",
                "DTEND;TZID=Europe/Berlin:20260302T100000", "RRULE:FREQ=WEEKLY;COUNT=3", "SUMMARY:Weekly",
                "END:VEVENT",
                "BEGIN:VEVENT", "UID:weekly@other", "RECURRENCE-ID;TZID=Europe/Berlin:20260309T090000",
                "DTSTART;TZID=Europe/Berlin:20260309T150000", "DTEND;TZID=Europe/Berlin:20260309T160000",
                "SUMMARY:Weekly (afternoon)", "END:VEVENT",
                "BEGIN:VEVENT", "UID:weekly@other", "RECURRENCE-ID;TZID=Europe/Berlin:20260310T090000",
                "DTSTART;TZID=Europe/Berlin:20260310T150000", "DTEND;TZID=Europe/Berlin:20260310T160000",
                "SUMMARY:Not an occurrence", "END:VEVENT",
                "BEGIN:VEVENT", "UID:weekly@other", "RECURRENCE-ID;TZID=Europe/Berlin:20260316T090000",
                "DTSTART;TZID=Europe/Berlin:20260316T090000", "DTEND;TZID=Europe/Berlin:20260316T100000",
                "STATUS:CANCELLED", "SUMMARY:Weekly", "END:VEVENT",
                "BEGIN:VEVENT", "UID:orphan@other", "RECURRENCE-ID:20260309T080000Z",
                "DTSTART:20260309T120000Z", "SUMMARY:Orphan", "END:VEVENT",
                "END:VCALENDAR", "");

        CalendarImportReport report = ada.importCalendar(new ByteArrayInputStream(
                ics.getBytes(StandardCharsets.UTF_8)), Set.of());

        assertThat(report.stored()).hasSize(1);
        assertThat(report.rejected()).extracting(r -> r.uid()).containsExactlyInAnyOrder("weekly@other",
                "orphan@other");
        assertThat(report.rejected()).anySatisfy(r -> assertThat(r.reason()).contains("2026-03-10T08:00:00Z"));
        List<ActivityView> series = all(ada, ActivityFilter.any().inSeries(report.stored().get(0)));
        assertThat(series).extracting(ActivityView::subject, ActivityView::status).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Weekly", ActivityStatus.PLANNED),
                org.assertj.core.groups.Tuple.tuple("Weekly (afternoon)", ActivityStatus.PLANNED),
                org.assertj.core.groups.Tuple.tuple("Weekly", ActivityStatus.CANCELLED));
        assertThat(series.get(1).start()).isEqualTo(Instant.parse("2026-03-09T14:00:00Z"));
        assertThat(series.get(1).originalStart()).isEqualTo(Instant.parse("2026-03-09T08:00:00Z"));
    }
}
