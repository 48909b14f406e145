package org.smartbizflow.crm.core.activity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.smartbizflow.crm.account.AccountId;
import org.smartbizflow.crm.activity.ActivityChange;
import org.smartbizflow.crm.activity.ActivityFilter;
import org.smartbizflow.crm.activity.ActivityId;
import org.smartbizflow.crm.activity.ActivityPlaybook;
import org.smartbizflow.crm.activity.ActivityStatus;
import org.smartbizflow.crm.activity.ActivityTemplate;
import org.smartbizflow.crm.activity.ActivityType;
import org.smartbizflow.crm.activity.ActivityView;
import org.smartbizflow.crm.activity.ActivityVisibility;
import org.smartbizflow.crm.activity.Attendee;
import org.smartbizflow.crm.activity.ConflictPolicy;
import org.smartbizflow.crm.activity.FollowUpRule;
import org.smartbizflow.crm.activity.LinkedRecordType;
import org.smartbizflow.crm.activity.Notification;
import org.smartbizflow.crm.activity.RecordActivity;
import org.smartbizflow.crm.activity.RecordLink;
import org.smartbizflow.crm.activity.RecurrenceRule;
import org.smartbizflow.crm.activity.ReminderAcknowledgement;
import org.smartbizflow.crm.activity.ReminderId;
import org.smartbizflow.crm.activity.ScheduleOutcome;
import org.smartbizflow.crm.activity.port.in.Activities;
import org.smartbizflow.crm.activity.port.in.ActivityBreakdown;
import org.smartbizflow.crm.activity.port.in.CancelActivity;
import org.smartbizflow.crm.activity.port.in.CompleteActivity;
import org.smartbizflow.crm.activity.port.in.Completion;
import org.smartbizflow.crm.activity.port.in.ListActivities;
import org.smartbizflow.crm.activity.port.in.OverdueTasks;
import org.smartbizflow.crm.activity.port.in.PeriodUnit;
import org.smartbizflow.crm.activity.port.in.ReminderDelivery;
import org.smartbizflow.crm.activity.port.in.RescheduleActivity;
import org.smartbizflow.crm.activity.port.in.ScheduleActivity;
import org.smartbizflow.crm.activity.port.in.ScheduleFromTemplate;
import org.smartbizflow.crm.core.AccessPolicies;
import org.smartbizflow.crm.core.Crm;
import org.smartbizflow.crm.core.inmemory.InMemoryCrmPersistence;
import org.smartbizflow.crm.opportunity.OpportunityId;
import org.smartbizflow.crm.shared.Actor;
import org.smartbizflow.crm.shared.AuditEntry;
import org.smartbizflow.crm.shared.EventEnvelope;
import org.smartbizflow.crm.shared.NotFoundException;
import org.smartbizflow.crm.shared.Role;
import org.smartbizflow.crm.shared.TenantId;
import org.smartbizflow.crm.shared.UserId;
import org.smartbizflow.crm.shared.ValidationException;

class ActivityUseCasesTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final TenantId ACME = TenantId.of("acme");
    private static final UserId ADA = UserId.of("ada");
    private static final UserId GRACE = UserId.of("grace");
    /** Monday 2 March 2026, 08:00 UTC (09:00 in Berlin). */
    private static final Instant MONDAY = Instant.parse("2026-03-02T08:00:00Z");
    private static final Duration HOUR = Duration.ofHours(1);

    private final MutableClock clock = new MutableClock(MONDAY.minus(Duration.ofDays(7)));
    private final InMemoryCrmPersistence store = new InMemoryCrmPersistence();
    private final List<EventEnvelope> published = new ArrayList<>();
    private final List<Notification> notified = new ArrayList<>();
    private final ActivityPlaybook playbook = new ActivityPlaybook(List.of(
            ActivityTemplate.of("call-back", ActivityType.CALL, "Call back: {{subject}}",
                    "Last time: {{outcome}}", Duration.ofMinutes(15)),
            new ActivityTemplate("demo", ActivityType.MEETING, "Demo for {{company}}", "Show {{product}} to {{company}}",
                    HOUR, List.of(Duration.ofMinutes(30)))),
            List.of(new FollowUpRule(ActivityType.CALL, "No answer", "call-back", 2)));
    private final Crm crm = Crm.builder().persistence(store).clock(clock).events(published::add)
            .accessPolicy(AccessPolicies.ownerOrManager()).notifier(notified::add).activityPlaybook(playbook).build();
    private final Activities ada = crm.session(ACME, Actor.user("ada", Role.SALES_REP)).activities();
    private final Activities grace = crm.session(ACME, Actor.user("grace", Role.SALES_REP)).activities();
    private final Activities boss = crm.session(ACME, Actor.user("mary", Role.SALES_MANAGER)).activities();

    private static ActivityId scheduled(ScheduleOutcome outcome) {
        assertThat(outcome).isInstanceOf(ScheduleOutcome.Scheduled.class);
        return ((ScheduleOutcome.Scheduled) outcome).id();
    }

    private static ScheduleActivity meeting(String subject, Instant start) {
        return ScheduleActivity.meeting(subject, start, start.plus(HOUR), BERLIN);
    }

    @Test
    void schedulesAMeetingWithLinksAttendeesAndRemindersAndAuditsIt() {
        RecordLink account = RecordLink.account(AccountId.of(UUID.randomUUID()));
        ActivityId id = scheduled(ada.schedule(meeting("Kick-off", MONDAY).about(account)
                .with(Attendee.user(GRACE)).remind(Duration.ofMinutes(15))));

        ActivityView view = ada.get(id);
        assertThat(view.status()).isEqualTo(ActivityStatus.PLANNED);
        assertThat(view.ownerId()).isEqualTo(ADA);
        assertThat(view.links()).containsExactly(account);
        assertThat(view.attendees()).containsExactly(Attendee.user(GRACE));
        assertThat(view.reminders()).singleElement().satisfies(r ->
                assertThat(r.fireAt()).isEqualTo(MONDAY.minus(Duration.ofMinutes(15))));
        assertThat(view.localStart().toLocalTime()).isEqualTo(LocalTime.of(9, 0));
        assertThat(published).extracting(e -> e.event().type()).containsExactly("ActivityScheduled");
        List<AuditEntry> audit = store.transactions().inTransaction(() ->
                store.auditLog().history(ACME, "Activity", id.toString()));
        assertThat(audit).extracting(AuditEntry::field).contains("type", "subject", "owner", "start", "status");
    }

    @Test
    void badInputNamesTheFieldAndStoresNothing() {
        assertThatThrownBy(() -> ada.schedule(ScheduleActivity.meeting("x", MONDAY, MONDAY.minus(HOUR), BERLIN)))
                .isInstanceOf(ValidationException.class).hasMessageContaining("end");
        assertThatThrownBy(() -> ada.schedule(meeting(" ", MONDAY)))
                .isInstanceOfSatisfying(ValidationException.class, e ->
                        assertThat(e.violations()).extracting(v -> v.field()).contains("subject"));
        assertThatThrownBy(() -> ada.schedule(ScheduleActivity.call("c", MONDAY, HOUR, BERLIN)
                .repeating(RecurrenceRule.daily(1, 3))))
                .isInstanceOfSatisfying(ValidationException.class, e ->
                        assertThat(e.violations()).extracting(v -> v.field()).contains("recurrence"));
        assertThatThrownBy(() -> ada.schedule(ScheduleActivity.note("n", "t", MONDAY, BERLIN).remind(HOUR)))
                .isInstanceOf(ValidationException.class).hasMessageContaining("reminders");
        assertThat(ada.list(ListActivities.firstPage(ActivityFilter.any())).items()).isEmpty();
    }

    @Test
    void aWeeklySeriesIsOneActivityPerOccurrenceAndCancelsFromAnOccurrenceOn() {
        RecurrenceRule rule = RecurrenceRule.weekly(1, 6, DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY)
                .except(LocalDate.of(2026, 3, 4));
        ScheduleOutcome.Scheduled series = (ScheduleOutcome.Scheduled) ada.schedule(
                meeting("Stand-up", MONDAY).repeating(rule));

        List<ActivityView> all = ada.list(ListActivities.firstPage(ActivityFilter.any())).items();
        assertThat(all).hasSize(5).allSatisfy(o -> {
            assertThat(o.seriesId()).isEqualTo(series.id());
            assertThat(o.localStart().toLocalTime()).isEqualTo(LocalTime.of(9, 0));
        });
        assertThat(all).extracting(o -> o.localStart().toLocalDate()).containsExactly(LocalDate.of(2026, 3, 2),
                LocalDate.of(2026, 3, 9), LocalDate.of(2026, 3, 11), LocalDate.of(2026, 3, 16), LocalDate.of(2026, 3, 18));
        // across the change to summer time (29 March) the local time stays 09:00
        ScheduleOutcome.Scheduled late = (ScheduleOutcome.Scheduled) ada.schedule(
                meeting("Weekly", Instant.parse("2026-03-23T08:00:00Z")).repeating(RecurrenceRule.weekly(1, 2)));
        assertThat(ada.get(late.occurrences().get(1)).start()).isEqualTo(Instant.parse("2026-03-30T07:00:00Z"));

        ActivityChange change = ada.cancel(CancelActivity.withRestOfSeries(all.get(2).id()));

        assertThat(change).isInstanceOf(ActivityChange.Changed.class);
        assertThat(ada.list(ListActivities.firstPage(ActivityFilter.any().inSeries(series.id()))).items())
                .extracting(ActivityView::status).containsExactly(ActivityStatus.PLANNED, ActivityStatus.PLANNED,
                        ActivityStatus.CANCELLED, ActivityStatus.CANCELLED, ActivityStatus.CANCELLED);
    }

    @Test
    void overlappingMeetingsOfAUserAreReportedOrRefused() {
        ActivityId adas = scheduled(ada.schedule(meeting("Board", MONDAY)));
        ScheduleActivity overlapping = meeting("Sync", MONDAY.plus(Duration.ofMinutes(30))).with(Attendee.user(ADA));

        ScheduleOutcome refused = grace.schedule(overlapping.onConflict(ConflictPolicy.REFUSE));
        assertThat(refused).isInstanceOf(ScheduleOutcome.Conflicted.class);
        assertThat(refused.conflicts()).extracting(ActivityView::id).containsExactly(adas);
        assertThat(grace.list(ListActivities.firstPage(ActivityFilter.any())).items()).isEmpty();

        ScheduleOutcome warned = grace.schedule(overlapping);
        assertThat(warned).isInstanceOf(ScheduleOutcome.Scheduled.class);
        assertThat(warned.conflicts()).extracting(ActivityView::id).containsExactly(adas);

        ScheduleOutcome touching = ada.schedule(meeting("Next", MONDAY.plus(Duration.ofHours(2)))
                .onConflict(ConflictPolicy.REFUSE));
        assertThat(touching.conflicts()).isEmpty();
        assertThat(ada.conflicts(ADA, MONDAY.plus(Duration.ofMinutes(59)), MONDAY.plus(Duration.ofMinutes(61)), null))
                .extracting(ActivityView::subject).containsExactly("Board", "Sync");
        ScheduleOutcome moved = ada.reschedule(new RescheduleActivity(adas, MONDAY.plus(Duration.ofMinutes(15)), null,
                null, null, ConflictPolicy.REFUSE));
        assertThat(moved).isInstanceOf(ScheduleOutcome.Conflicted.class);
        assertThat(ada.get(adas).start()).isEqualTo(MONDAY);
    }

    @Test
    void anotherUsersPrivateMeetingIsBusyTimeOnly() {
        ActivityId secret = scheduled(ada.schedule(meeting("Doctor", MONDAY).privately()));

        assertThatThrownBy(() -> boss.get(secret)).isInstanceOf(NotFoundException.class);
        assertThat(boss.list(ListActivities.firstPage(ActivityFilter.any())).items()).isEmpty();
        assertThat(boss.conflicts(ADA, MONDAY, MONDAY.plus(HOUR), null)).singleElement()
                .satisfies(busy -> assertThat(busy.subject()).isEqualTo("Busy"));
        assertThat(ada.get(secret).subject()).isEqualTo("Doctor");
        assertThatThrownBy(() -> grace.get(scheduled(ada.schedule(meeting("Shared", MONDAY.plus(HOUR))))))
                .isInstanceOf(org.smartbizflow.crm.shared.AccessDeniedException.class);
    }

    @Test
    void reschedulingMovesRemindersAndAFinalActivityRefuses() {
        ActivityId id = scheduled(ada.schedule(meeting("Review", MONDAY).remind(Duration.ofMinutes(10))));

        ScheduleOutcome moved = ada.reschedule(RescheduleActivity.to(id, MONDAY.plus(Duration.ofDays(1))));

        assertThat(moved).isInstanceOf(ScheduleOutcome.Scheduled.class);
        ActivityView view = ada.get(id);
        assertThat(view.end()).isEqualTo(MONDAY.plus(Duration.ofDays(1)).plus(HOUR));
        assertThat(view.reminders().get(0).fireAt()).isEqualTo(MONDAY.plus(Duration.ofDays(1)).minus(Duration.ofMinutes(10)));
        assertThat(ada.complete(CompleteActivity.of(id, "done"))).isInstanceOf(Completion.Completed.class);
        assertThat(ada.reschedule(RescheduleActivity.to(id, MONDAY))).isInstanceOf(ScheduleOutcome.Refused.class);
        assertThat(ada.complete(CompleteActivity.of(id, "again"))).isInstanceOf(Completion.Refused.class);
        assertThat(ada.cancel(CancelActivity.of(id))).isInstanceOf(ActivityChange.Refused.class);
        assertThat(ada.get(id).outcome()).isEqualTo("done");
    }

    @Test
    void aNoAnswerCallPlansACallBackTwoBusinessDaysLater() {
        RecordLink deal = RecordLink.opportunity(OpportunityId.of(UUID.randomUUID()));
        // Friday 6 March, 14:00 in Berlin
        Instant friday = ZonedDateTime.of(2026, 3, 6, 14, 0, 0, 0, BERLIN).toInstant();
        ActivityId call = scheduled(ada.schedule(ScheduleActivity.call("Pricing", friday, Duration.ofMinutes(10), BERLIN)
                .about(deal)));
        clock.set(friday.plus(Duration.ofMinutes(20)));

        Completion completion = ada.complete(CompleteActivity.of(call, "no answer"));

        ActivityId next = ((Completion.Completed) completion).followUp();
        ActivityView followUp = ada.get(next);
        assertThat(followUp.type()).isEqualTo(ActivityType.CALL);
        assertThat(followUp.localStart()).isEqualTo(ZonedDateTime.of(2026, 3, 10, 14, 0, 0, 0, BERLIN));
        assertThat(followUp.duration()).isEqualTo(Duration.ofMinutes(15));
        assertThat(followUp.subject()).isEqualTo("Call back: Pricing");
        assertThat(followUp.body()).isEqualTo("Last time: no answer");
        assertThat(followUp.links()).containsExactly(deal);
        ActivityId other = scheduled(ada.schedule(ScheduleActivity.call("Other", friday, null, BERLIN)));
        assertThat(((Completion.Completed) ada.complete(CompleteActivity.of(other, "reached"))).followUp()).isNull();
    }

    @Test
    void templatesFillPlaceholdersOrNameTheMissingOne() {
        ActivityId demo = scheduled(ada.scheduleFromTemplate(ScheduleFromTemplate.of("demo", MONDAY, BERLIN,
                Map.of("company", "Engines Ltd", "product", "the CRM"))));

        ActivityView view = ada.get(demo);
        assertThat(view.subject()).isEqualTo("Demo for Engines Ltd");
        assertThat(view.body()).isEqualTo("Show the CRM to Engines Ltd");
        assertThat(view.duration()).isEqualTo(HOUR);
        assertThat(view.reminders()).hasSize(1);
        assertThat(ada.templates()).extracting(ActivityTemplate::key).containsExactly("call-back", "demo");
        assertThatThrownBy(() -> ada.scheduleFromTemplate(ScheduleFromTemplate.of("demo", MONDAY, BERLIN,
                Map.of("company", "X")))).isInstanceOfSatisfying(ValidationException.class, e ->
                assertThat(e.violations()).extracting(v -> v.field()).containsExactly("values.product"));
        assertThatThrownBy(() -> ada.scheduleFromTemplate(ScheduleFromTemplate.of("nope", MONDAY, BERLIN, Map.of())))
                .isInstanceOf(ValidationException.class).hasMessageContaining("templateKey");
        assertThatThrownBy(() -> new ActivityPlaybook(List.of(), List.of(new FollowUpRule(ActivityType.CALL, "x",
                "missing", 1)))).isInstanceOf(ValidationException.class).hasMessageContaining("missing");
    }

    @Test
    void aRecordsCalendarAndEveryUsersCalendarAreRangeQueries() {
        RecordLink account = RecordLink.account(AccountId.of(UUID.randomUUID()));
        Instant april = ZonedDateTime.of(2026, 4, 1, 0, 0, 0, 0, BERLIN).toInstant();
        Instant may = ZonedDateTime.of(2026, 5, 1, 0, 0, 0, 0, BERLIN).toInstant();
        scheduled(ada.schedule(meeting("March", april.minus(Duration.ofDays(2))).about(account)));
        ActivityId inApril = scheduled(ada.schedule(meeting("April", april.plus(Duration.ofDays(3))).about(account)));
        ActivityId gracesApril = scheduled(grace.schedule(ScheduleActivity.task("Offer", april.plus(Duration.ofDays(9)),
                BERLIN).about(account)));
        scheduled(ada.schedule(meeting("Unrelated", april.plus(Duration.ofDays(4)))));

        assertThat(boss.list(ListActivities.firstPage(ActivityFilter.any().about(account).during(april, may))).items())
                .extracting(ActivityView::id).containsExactly(inApril, gracesApril);
        assertThat(ada.list(ListActivities.firstPage(ActivityFilter.any().about(account).during(april, may))).items())
                .extracting(ActivityView::id).containsExactly(inApril);
        assertThat(boss.list(ListActivities.firstPage(ActivityFilter.any().forUsers(ADA, GRACE).during(april, may)))
                .items()).hasSize(3);
    }

    @Test
    void analyticsCountPerOwnerTypeAndPeriodWithCompletionRatesOverdueTasksAndLastAndNext() {
        RecordLink deal = RecordLink.opportunity(OpportunityId.of(UUID.randomUUID()));
        ActivityId c1 = scheduled(ada.schedule(ScheduleActivity.call("c1", MONDAY, null, BERLIN).about(deal)));
        scheduled(ada.schedule(ScheduleActivity.call("c2", MONDAY.plus(Duration.ofDays(1)), null, BERLIN)));
        ActivityId c3 = scheduled(ada.schedule(ScheduleActivity.call("c3", MONDAY.plus(Duration.ofDays(2)), null, BERLIN)));
        scheduled(ada.schedule(ScheduleActivity.call("c4", MONDAY.plus(Duration.ofDays(8)), null, BERLIN)));
        ActivityId task = scheduled(grace.schedule(ScheduleActivity.task("t", MONDAY.plus(Duration.ofDays(1)), BERLIN)
                .about(deal)));
        ActivityId next = scheduled(grace.schedule(meeting("next", MONDAY.plus(Duration.ofDays(20))).about(deal)));
        clock.set(MONDAY.plus(Duration.ofDays(3)));
        ada.complete(CompleteActivity.of(c1, "reached"));
        ada.cancel(CancelActivity.of(c3));

        ActivityBreakdown weekly = boss.breakdown(ActivityFilter.any(), PeriodUnit.WEEK);

        assertThat(weekly.rows()).containsExactly(
                new ActivityBreakdown.Row(ADA, ActivityType.CALL, LocalDate.of(2026, 3, 2), 1, 1, 1),
                new ActivityBreakdown.Row(GRACE, ActivityType.TASK, LocalDate.of(2026, 3, 2), 1, 0, 0),
                new ActivityBreakdown.Row(ADA, ActivityType.CALL, LocalDate.of(2026, 3, 9), 1, 0, 0),
                new ActivityBreakdown.Row(GRACE, ActivityType.MEETING, LocalDate.of(2026, 3, 16), 1, 0, 0));
        assertThat(weekly.rows().get(0).completionRate()).isEqualByComparingTo("0.5");
        assertThat(ada.breakdown(ActivityFilter.any(), PeriodUnit.MONTH).rows()).singleElement()
                .satisfies(row -> assertThat(row.total()).isEqualTo(4));

        OverdueTasks overdue = boss.overdueTasks(10);
        assertThat(overdue.byOwner()).containsExactly(Map.entry(GRACE, 1L));
        assertThat(overdue.oldest()).extracting(ActivityView::id).containsExactly(task);

        assertThat(boss.lastAndNext(LinkedRecordType.OPPORTUNITY, List.of(deal.recordId()))).containsExactly(
                new RecordActivity(deal, MONDAY, boss.get(next).start(), 1));
        assertThat(ada.lastAndNext(LinkedRecordType.OPPORTUNITY, List.of(deal.recordId()))).singleElement()
                .satisfies(r -> {
                    assertThat(r.nextAt()).isNull(); // grace's meeting is not ada's to see
                    assertThat(r.staleSince(MONDAY.plus(Duration.ofDays(1)))).isTrue();
                });
    }

    @Test
    void dueRemindersReachTheNotifierOnceAtTheirTime() {
        ActivityId id = scheduled(ada.schedule(meeting("Board", MONDAY).remind(Duration.ofMinutes(30), Duration.ZERO)));
        Activities scheduler = crm.session(ACME, Actor.system()).activities();

        clock.set(MONDAY.minus(Duration.ofMinutes(31)));
        assertThat(scheduler.deliverDueReminders(100).delivered()).isEmpty();
        clock.set(MONDAY.minus(Duration.ofMinutes(30)));
        ReminderDelivery first = scheduler.deliverDueReminders(100);
        assertThat(first.delivered()).hasSize(1);
        assertThat(notified).singleElement().satisfies(n -> {
            assertThat(n.recipient()).isEqualTo(ADA);
            assertThat(n.activityId()).isEqualTo(id);
            assertThat(n.text()).contains("2026-03-02 09:00").contains("Europe/Berlin");
        });
        assertThat(scheduler.deliverDueReminders(100).delivered()).isEmpty();
        clock.set(MONDAY);
        assertThat(scheduler.dueReminders(MONDAY, 10)).hasSize(1);
        ActivityView view = ada.get(id);
        assertThat(scheduler.acknowledge(id, view.reminders().get(1).id())).isEqualTo(ReminderAcknowledgement.FIRED);
        assertThat(scheduler.acknowledge(id, view.reminders().get(1).id()))
                .isEqualTo(ReminderAcknowledgement.ALREADY_FIRED);
        assertThat(scheduler.acknowledge(id, ReminderId.of(java.util.UUID.randomUUID())))
                .isEqualTo(ReminderAcknowledgement.NOT_FOUND);
        assertThat(scheduler.deliverDueReminders(100).delivered()).isEmpty();
        assertThat(notified).hasSize(1);
    }

    @Test
    void aFailingNotifierLosesOnlyThatReminder() {
        Crm failing = Crm.builder().persistence(store).clock(clock).notifier(n -> {
            throw new IllegalStateException("mail server down");
        }).build();
        Activities scheduler = failing.session(ACME, Actor.system()).activities();
        scheduled(ada.schedule(meeting("Board", MONDAY).remind(Duration.ZERO)));
        clock.set(MONDAY);

        ReminderDelivery delivery = scheduler.deliverDueReminders(10);

        assertThat(delivery.failed()).hasSize(1);
        assertThat(delivery.delivered()).isEmpty();
        assertThat(scheduler.dueReminders(MONDAY, 10)).isEmpty();
    }

    @Test
    void loggedActivitiesAreStoredCompleted() {
        ActivityId email = scheduled(ada.schedule(ScheduleActivity.email("Offer sent", MONDAY, BERLIN,
                new org.smartbizflow.crm.activity.ActivityDetails.Email(null, List.of(), "<id@x>"))));
        ActivityId call = scheduled(ada.schedule(ScheduleActivity.call("Cold call", MONDAY, Duration.ofMinutes(4), BERLIN)
                .loggedWithOutcome("interested")));

        assertThat(ada.get(email).status()).isEqualTo(ActivityStatus.COMPLETED);
        assertThat(ada.get(call).outcome()).isEqualTo("interested");
        assertThat(ada.get(call).duration()).isEqualTo(Duration.ofMinutes(4));
        assertThat(ada.get(call).visibility()).isEqualTo(ActivityVisibility.SHARED);
        assertThat(Set.of(ada.get(email).type(), ada.get(call).type())).containsExactlyInAnyOrder(ActivityType.EMAIL,
                ActivityType.CALL);
    }

    @Test
    void meetingsRoundTripThroughAnIcsExportAndImport() {
        RecordLink account = RecordLink.account(AccountId.of(UUID.randomUUID()));
        ScheduleOutcome.Scheduled series = (ScheduleOutcome.Scheduled) ada.schedule(meeting("Stand-up", MONDAY)
                .repeating(RecurrenceRule.weekly(1, 4, DayOfWeek.MONDAY)).with(Attendee.user(GRACE))
                .withDetails(new org.smartbizflow.crm.activity.ActivityDetails.Meeting("Room 1", null)));
        ada.cancel(CancelActivity.of(series.occurrences().get(2)));
        scheduled(ada.schedule(meeting("One-off", MONDAY.plus(Duration.ofDays(1))).withBody("Bring, the; slides")));
        scheduled(ada.schedule(ScheduleActivity.task("Not a meeting", MONDAY, BERLIN)));
        java.io.ByteArrayOutputStream file = new java.io.ByteArrayOutputStream();

        long exported = ada.exportCalendar(ActivityFilter.any(), file);

        assertThat(exported).isEqualTo(2);
        // back unchanged: nothing new, nothing duplicated
        var again = ada.importCalendar(new java.io.ByteArrayInputStream(file.toByteArray()), Set.of());
        assertThat(again.stored()).isEmpty();
        assertThat(again.updated()).isEmpty();
        assertThat(again.rejected()).isEmpty();
        Activities elsewhere = crm.session(TenantId.of("other"), Actor.user("ada", Role.SALES_REP)).activities();
        var report = elsewhere.importCalendar(new java.io.ByteArrayInputStream(file.toByteArray()), Set.of(account));
        assertThat(report.rejected()).isEmpty();
        assertThat(report.stored()).hasSize(2);
        List<ActivityView> imported = elsewhere.list(ListActivities.firstPage(ActivityFilter.any())).items();
        List<ActivityView> original = ada.list(ListActivities.firstPage(ActivityFilter.any()
                .ofTypes(ActivityType.MEETING).inStatuses(ActivityStatus.PLANNED))).items();
        assertThat(imported).extracting(ActivityView::start).containsExactlyElementsOf(
                original.stream().map(ActivityView::start).toList());
        assertThat(imported).extracting(ActivityView::subject).containsExactlyElementsOf(
                original.stream().map(ActivityView::subject).toList());
        assertThat(imported).allSatisfy(a -> {
            assertThat(a.links()).containsExactly(account);
            assertThat(a.zone()).isEqualTo(BERLIN);
        });
        assertThat(imported.get(0).attendees()).containsExactly(Attendee.user(GRACE));
        assertThat(imported.get(0).recurrence().exceptions()).containsExactly(LocalDate.of(2026, 3, 16));
        assertThat(imported.get(1).body()).isEqualTo("Bring, the; slides");
    }

    @Test
    void acknowledgeRefusesRemindersNotYetDueOrOfClosedActivities() {
        ActivityId id = scheduled(ada.schedule(meeting("Review", MONDAY).remind(Duration.ofMinutes(30))));
        Activities scheduler = crm.session(ACME, Actor.system()).activities();
        ReminderId reminder = ada.get(id).reminders().get(0).id();
        clock.set(MONDAY.minus(Duration.ofMinutes(31)));

        assertThat(scheduler.acknowledge(id, reminder)).isEqualTo(ReminderAcknowledgement.NOT_DUE);
        assertThat(ada.get(id).reminders().get(0).fired()).isFalse();

        ada.cancel(CancelActivity.of(id));
        clock.set(MONDAY);
        assertThat(scheduler.acknowledge(id, reminder)).isEqualTo(ReminderAcknowledgement.ACTIVITY_CLOSED);
        assertThat(ada.get(id).reminders().get(0).fired()).isFalse();
        assertThat(scheduler.deliverDueReminders(10).delivered()).isEmpty();
    }
}
