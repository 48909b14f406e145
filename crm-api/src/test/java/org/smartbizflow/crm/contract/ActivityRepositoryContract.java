package org.smartbizflow.crm.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.smartbizflow.crm.contract.ActivityFixtures.BERLIN;
import static org.smartbizflow.crm.contract.ActivityFixtures.T0;
import static org.smartbizflow.crm.contract.ActivityFixtures.activity;
import static org.smartbizflow.crm.contract.ActivityFixtures.meeting;
import static org.smartbizflow.crm.contract.ActivityFixtures.planned;
import static org.smartbizflow.crm.contract.ActivityFixtures.reminder;
import static org.smartbizflow.crm.contract.ActivityFixtures.with;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.smartbizflow.crm.account.AccountId;
import org.smartbizflow.crm.activity.Activity;
import org.smartbizflow.crm.activity.ActivityChange;
import org.smartbizflow.crm.activity.ActivityCount;
import org.smartbizflow.crm.activity.ActivityDetails;
import org.smartbizflow.crm.activity.ActivityEdit;
import org.smartbizflow.crm.activity.ActivityFilter;
import org.smartbizflow.crm.activity.ActivityId;
import org.smartbizflow.crm.activity.ActivityStatus;
import org.smartbizflow.crm.activity.ActivityTally;
import org.smartbizflow.crm.activity.ActivityType;
import org.smartbizflow.crm.activity.ActivityView;
import org.smartbizflow.crm.activity.ActivityVisibility;
import org.smartbizflow.crm.activity.Attendee;
import org.smartbizflow.crm.activity.CallDirection;
import org.smartbizflow.crm.activity.DueReminder;
import org.smartbizflow.crm.activity.LinkedRecordType;
import org.smartbizflow.crm.activity.PersonReference;
import org.smartbizflow.crm.activity.Priority;
import org.smartbizflow.crm.activity.RecordActivity;
import org.smartbizflow.crm.activity.RecordLink;
import org.smartbizflow.crm.activity.RecurrenceRule;
import org.smartbizflow.crm.activity.Reminder;
import org.smartbizflow.crm.activity.port.out.ActivityRepository;
import org.smartbizflow.crm.contact.ContactId;
import org.smartbizflow.crm.lead.LeadId;
import org.smartbizflow.crm.opportunity.OpportunityId;
import org.smartbizflow.crm.persistence.CrmPersistence;
import org.smartbizflow.crm.shared.ConcurrencyConflictException;
import org.smartbizflow.crm.shared.EmailAddress;
import org.smartbizflow.crm.shared.NotFoundException;
import org.smartbizflow.crm.shared.Page;
import org.smartbizflow.crm.shared.PageRequest;
import org.smartbizflow.crm.shared.TenantId;
import org.smartbizflow.crm.shared.UserId;

/**
 * What every {@link ActivityRepository} must do, whatever the storage. Subclass it per adapter
 * and return the adapter from {@link #persistence()}; every test works in a tenant of its own.
 */
public abstract class ActivityRepositoryContract {

    private static final UserId ADA = UserId.of("ada");
    private static final UserId GRACE = UserId.of("grace");
    private static final Duration HOUR = Duration.ofHours(1);

    /** The store under test; called once before each test. */
    protected abstract CrmPersistence persistence();

    private CrmPersistence store;
    private TenantId tenant;

    @BeforeEach
    void openStore() {
        store = persistence();
        tenant = LeadFixtures.freshTenant();
    }

    private <T> T tx(Supplier<T> work) {
        return store.transactions().inTransaction(work);
    }

    private ActivityRepository repo() {
        return store.activities();
    }

    private void insert(ActivityView... views) {
        tx(() -> {
            for (ActivityView view : views) {
                repo().insert(activity(view));
            }
            return null;
        });
    }

    private ActivityView load(ActivityId id) {
        return tx(() -> repo().find(tenant, id)).orElseThrow().view();
    }

    private List<ActivityView> all(ActivityFilter filter) {
        List<ActivityView> found = new ArrayList<>();
        PageRequest page = PageRequest.first(2);
        while (true) {
            PageRequest current = page;
            Page<ActivityView> result = tx(() -> repo().search(tenant, filter, current));
            found.addAll(result.items());
            if (!result.hasNext()) {
                return found;
            }
            page = page.next(result.next());
        }
    }

    private static List<ActivityId> ids(List<ActivityView> views) {
        return views.stream().map(ActivityView::id).toList();
    }

    @Test
    void storesAndLoadsEveryFieldOfEveryType() {
        RecordLink account = RecordLink.account(AccountId.of(LeadFixtures.nextId()));
        RecordLink opportunity = RecordLink.opportunity(OpportunityId.of(LeadFixtures.nextId()));
        RecordLink lead = RecordLink.lead(LeadId.of(LeadFixtures.nextId()));
        RecordLink contact = RecordLink.contact(ContactId.of(LeadFixtures.nextId()));
        ActivityView meeting = with(meeting(tenant, ADA, T0, HOUR), Set.of(account, opportunity),
                List.of(Attendee.user(GRACE, "Grace Hopper", EmailAddress.of("grace@navy.example")),
                        Attendee.contact(ContactId.of(LeadFixtures.nextId()), "Ada's contact", null),
                        Attendee.external("Outsider; \"quoted\"", EmailAddress.of("out@side.example"))),
                List.of(reminder(Duration.ofMinutes(15), T0), reminder(Duration.ZERO, T0)),
                ActivityVisibility.PRIVATE);
        meeting = new ActivityView(meeting.id(), tenant, ActivityType.MEETING, ActivityStatus.PLANNED, ADA,
                "Quarterly review", "Agenda:\n1. numbers; 2. plans", T0, T0.plus(HOUR), BERLIN,
                new ActivityDetails.Meeting("Room 4, Floor 2", "https://meet.example/abc"), ActivityVisibility.PRIVATE,
                meeting.links(), meeting.attendees(), meeting.reminders(), meeting.id(),
                RecurrenceRule.weekly(2, 10, DayOfWeek.MONDAY, DayOfWeek.THURSDAY).except(LocalDate.of(2026, 3, 16)),
                null, null, 0, T0, T0);
        ActivityView call = planned(tenant, ActivityType.CALL, ADA, T0.plus(Duration.ofDays(1)), Duration.ofMinutes(7));
        call = new ActivityView(call.id(), tenant, ActivityType.CALL, ActivityStatus.COMPLETED, ADA, "Call back",
                null, call.start(), call.end(), BERLIN, new ActivityDetails.Call(CallDirection.INBOUND),
                ActivityVisibility.SHARED, Set.of(lead), List.of(), List.of(), null, null, "no answer",
                T0.plus(Duration.ofDays(2)), 0, T0, T0);
        ActivityView task = planned(tenant, ActivityType.TASK, GRACE, T0.plus(Duration.ofDays(3)), Duration.ZERO);
        task = new ActivityView(task.id(), tenant, ActivityType.TASK, ActivityStatus.PLANNED, GRACE, "Send offer",
                null, task.start(), task.start(), BERLIN, new ActivityDetails.Task(Priority.HIGH),
                ActivityVisibility.SHARED, Set.of(contact), List.of(), List.of(), null, null, null, null, 0, T0, T0);
        ActivityView email = planned(tenant, ActivityType.EMAIL, ADA, T0, Duration.ZERO);
        email = new ActivityView(email.id(), tenant, ActivityType.EMAIL, ActivityStatus.COMPLETED, ADA, "Offer",
                null, T0, T0, BERLIN, new ActivityDetails.Email(EmailAddress.of("ada@crm.example"),
                List.of(EmailAddress.of("a@x.example"), EmailAddress.of("b@y.example")), "<m1@crm.example>"),
                ActivityVisibility.SHARED, Set.of(), List.of(), List.of(), null, null, null, T0, 0, T0, T0);
        ActivityView note = planned(tenant, ActivityType.NOTE, ADA, T0, Duration.ZERO);

        insert(meeting, call, task, email, note);

        for (ActivityView view : List.of(meeting, call, task, email, note)) {
            assertThat(load(view.id())).isEqualTo(view);
        }
    }

    @Test
    void anotherTenantFindsNothing() {
        ActivityView meeting = meeting(tenant, ADA, T0, HOUR);
        insert(meeting);

        TenantId other = LeadFixtures.freshTenant();
        assertThat(tx(() -> repo().find(other, meeting.id()))).isEmpty();
        assertThat(tx(() -> repo().search(other, ActivityFilter.any(), PageRequest.first(10))).items()).isEmpty();
    }

    @Test
    void updateAdvancesTheVersionAndRefusesStaleOnes() {
        ActivityView meeting = meeting(tenant, ADA, T0, HOUR);
        insert(meeting);
        Activity loaded = tx(() -> repo().find(tenant, meeting.id())).orElseThrow();
        loaded.reschedule(T0.plus(HOUR), T0.plus(Duration.ofHours(2)), null, ADA, T0);
        tx(() -> {
            repo().update(loaded);
            return null;
        });

        ActivityView stored = load(meeting.id());
        assertThat(stored.version()).isEqualTo(1);
        assertThat(stored.start()).isEqualTo(T0.plus(HOUR));
        assertThatThrownBy(() -> tx(() -> {
            repo().update(loaded);
            return null;
        })).isInstanceOf(ConcurrencyConflictException.class);
        Activity missing = activity(meeting(tenant, ADA, T0, HOUR));
        assertThatThrownBy(() -> tx(() -> {
            repo().update(missing);
            return null;
        })).isInstanceOf(NotFoundException.class);
    }

    @Test
    void searchReturnsCalendarOrderAcrossPagesWithoutRepeats() {
        List<ActivityView> inserted = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            // two activities share each start, so the id decides their order
            inserted.add(meeting(tenant, ADA, T0.plus(Duration.ofHours(10 - i / 2)), HOUR));
        }
        insert(inserted.toArray(new ActivityView[0]));

        List<ActivityView> found = all(ActivityFilter.any());

        assertThat(ids(found)).containsExactlyElementsOf(ids(inserted.stream()
                .sorted(Comparator.comparing(ActivityView::start).thenComparing(a -> a.id().value())).toList()));
    }

    @Test
    void aRangeHoldsWhatStartsInItAndWhatStillRunsAtItsStart() {
        Instant from = T0.plus(Duration.ofDays(10));
        Instant to = from.plus(Duration.ofDays(1));
        ActivityView endedBefore = meeting(tenant, ADA, from.minus(Duration.ofHours(2)), HOUR);
        ActivityView endsAtFrom = meeting(tenant, ADA, from.minus(HOUR), HOUR);
        ActivityView running = meeting(tenant, ADA, from.minus(Duration.ofDays(20)), Duration.ofDays(21));
        ActivityView taskAtFrom = planned(tenant, ActivityType.TASK, ADA, from, Duration.ZERO);
        ActivityView inside = meeting(tenant, ADA, from.plus(HOUR), HOUR);
        ActivityView atTo = meeting(tenant, ADA, to, HOUR);
        insert(endedBefore, endsAtFrom, running, taskAtFrom, inside, atTo);

        assertThat(ids(all(ActivityFilter.any().during(from, to))))
                .containsExactly(running.id(), taskAtFrom.id(), inside.id());
    }

    @Test
    void filtersByUserOwnerRecordTypeStatusSeriesAndPrivacy() {
        RecordLink account = RecordLink.account(AccountId.of(LeadFixtures.nextId()));
        ActivityView adas = with(meeting(tenant, ADA, T0, HOUR), Set.of(account), List.of(), List.of(),
                ActivityVisibility.SHARED);
        ActivityView gracesWithAda = with(meeting(tenant, GRACE, T0.plus(HOUR), HOUR), Set.of(),
                List.of(Attendee.user(ADA)), List.of(), ActivityVisibility.SHARED);
        ActivityView gracesPrivate = with(meeting(tenant, GRACE, T0.plus(Duration.ofHours(2)), HOUR), Set.of(account),
                List.of(), List.of(), ActivityVisibility.PRIVATE);
        ActivityView gracesTask = planned(tenant, ActivityType.TASK, GRACE, T0.plus(Duration.ofHours(3)), Duration.ZERO);
        ActivityView first = ActivityFixtures.seriesStart(meeting(tenant, ADA, T0.plus(Duration.ofDays(7)), HOUR),
                RecurrenceRule.daily(1, 2));
        ActivityView second = ActivityFixtures.inSeries(meeting(tenant, ADA, T0.plus(Duration.ofDays(8)), HOUR),
                first.id());
        insert(adas, gracesWithAda, gracesPrivate, gracesTask, first, second);

        assertThat(ids(all(ActivityFilter.any().forUsers(ADA).ofTypes(ActivityType.MEETING))))
                .containsExactly(adas.id(), gracesWithAda.id(), first.id(), second.id());
        assertThat(ids(all(ActivityFilter.any().ownedBy(Set.of(ADA)).seenBy(ADA))))
                .containsExactly(adas.id(), gracesWithAda.id(), first.id(), second.id());
        assertThat(ids(all(ActivityFilter.any().ownedBy(Set.of(ADA)))))
                .containsExactly(adas.id(), first.id(), second.id());
        assertThat(ids(all(ActivityFilter.any().about(account)))).containsExactly(adas.id(), gracesPrivate.id());
        assertThat(ids(all(ActivityFilter.any().about(account).seenBy(ADA)))).containsExactly(adas.id());
        assertThat(ids(all(ActivityFilter.any().about(account).seenBy(GRACE))))
                .containsExactly(adas.id(), gracesPrivate.id());
        assertThat(ids(all(ActivityFilter.any().ofTypes(ActivityType.TASK).inStatuses(ActivityStatus.PLANNED))))
                .containsExactly(gracesTask.id());
        assertThat(ids(all(ActivityFilter.any().inStatuses(ActivityStatus.COMPLETED)))).isEmpty();
        assertThat(ids(all(ActivityFilter.any().inSeries(first.id())))).containsExactly(first.id(), second.id());
        assertThat(ids(all(ActivityFilter.any().about(account).during(T0.plus(HOUR), T0.plus(Duration.ofDays(1))))))
                .containsExactly(gracesPrivate.id());
    }

    @Test
    void dueRemindersArePendingRemindersOfPlannedActivitiesEarliestFirst() {
        Instant start = T0.plus(Duration.ofDays(1));
        Reminder early = reminder(Duration.ofHours(2), start);
        Reminder late = reminder(Duration.ofMinutes(10), start);
        ActivityView meeting = with(meeting(tenant, ADA, start, HOUR), Set.of(), List.of(), List.of(late, early),
                ActivityVisibility.SHARED);
        ActivityView cancelled = planned(tenant, ActivityType.TASK, ADA, start, Duration.ZERO);
        Activity cancelledActivity = activity(with(cancelled, Set.of(), List.of(),
                List.of(reminder(Duration.ofHours(3), start)), ActivityVisibility.SHARED));
        cancelledActivity.cancel(ADA, T0);
        insert(meeting);
        tx(() -> {
            repo().insert(cancelledActivity);
            return null;
        });

        assertThat(tx(() -> repo().dueReminders(tenant, start.minus(Duration.ofHours(3)), 10))).isEmpty();
        List<DueReminder> due = tx(() -> repo().dueReminders(tenant, start, 10));
        assertThat(due).extracting(DueReminder::reminderId).containsExactly(early.id(), late.id());
        assertThat(due.get(0)).isEqualTo(new DueReminder(early.id(), meeting.id(), ActivityType.MEETING, ADA,
                meeting.subject(), start, BERLIN, early.fireAt()));
        assertThat(tx(() -> repo().dueReminders(tenant, start, 1))).hasSize(1);
    }

    @Test
    void aReminderFiresOnceAndOnlyInItsTenant() {
        Reminder reminder = reminder(Duration.ZERO, T0);
        ActivityView meeting = with(meeting(tenant, ADA, T0, HOUR), Set.of(), List.of(), List.of(reminder),
                ActivityVisibility.SHARED);
        insert(meeting);
        Instant firedAt = T0.plusSeconds(1);

        assertThat(tx(() -> repo().markReminderFired(LeadFixtures.freshTenant(), reminder.id(), firedAt))).isFalse();
        assertThat(tx(() -> repo().markReminderFired(tenant, reminder.id(), firedAt))).isTrue();
        assertThat(tx(() -> repo().markReminderFired(tenant, reminder.id(), firedAt))).isFalse();
        assertThat(tx(() -> repo().markReminderFired(tenant,
                org.smartbizflow.crm.activity.ReminderId.of(UUID.randomUUID()), firedAt))).isFalse();
        assertThat(tx(() -> repo().dueReminders(tenant, T0, 10))).isEmpty();
        assertThat(load(meeting.id()).reminders()).singleElement()
                .satisfies(r -> assertThat(r.firedAt()).isEqualTo(firedAt));
    }

    @Test
    void concurrentPollersFireAReminderExactlyOnce() throws Exception {
        Reminder reminder = reminder(Duration.ZERO, T0);
        insert(with(meeting(tenant, ADA, T0, HOUR), Set.of(), List.of(), List.of(reminder), ActivityVisibility.SHARED));
        int pollers = 6;
        ExecutorService pool = Executors.newFixedThreadPool(pollers);
        try {
            CountDownLatch go = new CountDownLatch(1);
            List<Future<Boolean>> results = new ArrayList<>();
            for (int i = 0; i < pollers; i++) {
                results.add(pool.submit(() -> {
                    go.await();
                    return tx(() -> repo().markReminderFired(tenant, reminder.id(), T0));
                }));
            }
            go.countDown();
            int fired = 0;
            for (Future<Boolean> result : results) {
                fired += result.get(1, TimeUnit.MINUTES) ? 1 : 0;
            }
            assertThat(fired).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void reschedulingRearmsMovedRemindersButAnUpdateNeverUndoesAFiring() {
        Reminder reminder = reminder(Duration.ofMinutes(30), T0);
        ActivityView meeting = with(meeting(tenant, ADA, T0, HOUR), Set.of(), List.of(), List.of(reminder),
                ActivityVisibility.SHARED);
        insert(meeting);
        Activity stale = tx(() -> repo().find(tenant, meeting.id())).orElseThrow();
        assertThat(tx(() -> repo().markReminderFired(tenant, reminder.id(), T0))).isTrue();

        // an update of state loaded before the firing, without moving the activity
        stale.complete("done", ADA, T0.plus(HOUR));
        tx(() -> {
            repo().update(stale);
            return null;
        });
        assertThat(load(meeting.id()).reminders().get(0).fired()).isTrue();

        ActivityView other = with(meeting(tenant, ADA, T0, HOUR), Set.of(), List.of(),
                List.of(reminder(Duration.ofMinutes(30), T0)), ActivityVisibility.SHARED);
        insert(other);
        Reminder otherReminder = other.reminders().get(0);
        assertThat(tx(() -> repo().markReminderFired(tenant, otherReminder.id(), T0))).isTrue();
        Activity moving = tx(() -> repo().find(tenant, other.id())).orElseThrow();
        moving.reschedule(T0.plus(Duration.ofDays(1)), T0.plus(Duration.ofDays(1)).plus(HOUR), null, ADA, T0);
        tx(() -> {
            repo().update(moving);
            return null;
        });
        Reminder rearmed = load(other.id()).reminders().get(0);
        assertThat(rearmed.fired()).isFalse();
        assertThat(rearmed.fireAt()).isEqualTo(T0.plus(Duration.ofDays(1)).minus(Duration.ofMinutes(30)));
        assertThat(tx(() -> repo().dueReminders(tenant, rearmed.fireAt(), 10)))
                .extracting(DueReminder::reminderId).containsExactly(otherReminder.id());
    }

    @Test
    void countsByOwnerTypeStatusAndLocalDay() {
        // 23:30 UTC on 2 March is 00:30 on 3 March in Berlin
        Instant lateEvening = Instant.parse("2026-03-02T23:30:00Z");
        ActivityView a = meeting(tenant, ADA, lateEvening, HOUR);
        ActivityView b = meeting(tenant, ADA, lateEvening.plusSeconds(60), HOUR);
        ActivityView c = planned(tenant, ActivityType.NOTE, GRACE, lateEvening, Duration.ZERO);
        insert(a, b, c);

        List<ActivityCount> counts = tx(() -> repo().countByDay(tenant, ActivityFilter.any()));

        assertThat(counts).containsExactlyInAnyOrder(
                new ActivityCount(ADA, ActivityType.MEETING, ActivityStatus.PLANNED, LocalDate.of(2026, 3, 3), 2),
                new ActivityCount(GRACE, ActivityType.NOTE, ActivityStatus.COMPLETED, LocalDate.of(2026, 3, 3), 1));
        assertThat(tx(() -> repo().countByDay(tenant, ActivityFilter.any().ofTypes(ActivityType.NOTE))))
                .extracting(ActivityCount::count).containsExactly(1L);
    }

    @Test
    void lastAndNextActivityPerRecord() {
        RecordLink busy = RecordLink.opportunity(OpportunityId.of(LeadFixtures.nextId()));
        RecordLink quiet = RecordLink.opportunity(OpportunityId.of(LeadFixtures.nextId()));
        RecordLink untouched = RecordLink.opportunity(OpportunityId.of(LeadFixtures.nextId()));
        Instant now = T0.plus(Duration.ofDays(30));
        Activity done = activity(with(meeting(tenant, ADA, now.minus(Duration.ofDays(5)), HOUR), Set.of(busy),
                List.of(), List.of(), ActivityVisibility.SHARED));
        done.complete("good", ADA, now);
        Activity older = activity(with(meeting(tenant, ADA, now.minus(Duration.ofDays(9)), HOUR), Set.of(busy, quiet),
                List.of(), List.of(), ActivityVisibility.SHARED));
        older.complete(null, ADA, now);
        ActivityView next = with(meeting(tenant, ADA, now.plus(Duration.ofDays(2)), HOUR), Set.of(busy), List.of(),
                List.of(), ActivityVisibility.SHARED);
        ActivityView later = with(meeting(tenant, ADA, now.plus(Duration.ofDays(4)), HOUR), Set.of(busy), List.of(),
                List.of(), ActivityVisibility.SHARED);
        ActivityView overdue = with(planned(tenant, ActivityType.TASK, ADA, now.minus(Duration.ofDays(1)), Duration.ZERO),
                Set.of(busy), List.of(), List.of(), ActivityVisibility.SHARED);
        tx(() -> {
            repo().insert(done);
            repo().insert(older);
            return null;
        });
        insert(next, later, overdue);

        List<RecordActivity> found = tx(() -> repo().lastAndNext(tenant, LinkedRecordType.OPPORTUNITY,
                List.of(busy.recordId(), quiet.recordId(), untouched.recordId()), now, ActivityFilter.any()));

        assertThat(found).containsExactlyInAnyOrder(
                new RecordActivity(busy, now.minus(Duration.ofDays(5)), now.plus(Duration.ofDays(2)), 1),
                new RecordActivity(quiet, now.minus(Duration.ofDays(9)), null, 0));
        assertThat(tx(() -> repo().lastAndNext(tenant, LinkedRecordType.ACCOUNT, List.of(busy.recordId()), now,
                ActivityFilter.any()))).isEmpty();
        assertThat(tx(() -> repo().lastAndNext(tenant, LinkedRecordType.OPPORTUNITY, List.of(busy.recordId()), now,
                ActivityFilter.any().ownedBy(Set.of(GRACE))))).isEmpty();
    }

    @Test
    void activitiesFiledUnderEachRecordInCalendarOrderUpToTheLimit() {
        RecordLink busy = RecordLink.lead(LeadId.of(LeadFixtures.nextId()));
        RecordLink quiet = RecordLink.lead(LeadId.of(LeadFixtures.nextId()));
        RecordLink untouched = RecordLink.lead(LeadId.of(LeadFixtures.nextId()));
        RecordLink deal = RecordLink.opportunity(OpportunityId.of(busy.recordId()));
        Instant now = T0.plus(Duration.ofDays(30));
        Activity held = activity(with(meeting(tenant, ADA, now.minus(Duration.ofDays(5)), HOUR), Set.of(busy),
                List.of(), List.of(), ActivityVisibility.SHARED));
        held.complete("good", ADA, now);
        Activity shared = activity(with(meeting(tenant, ADA, now.minus(Duration.ofDays(9)), HOUR),
                Set.of(busy, quiet), List.of(), List.of(), ActivityVisibility.SHARED));
        shared.complete(null, ADA, now);
        ActivityView plannedLater = with(meeting(tenant, ADA, now.plus(Duration.ofDays(2)), HOUR), Set.of(busy),
                List.of(), List.of(), ActivityVisibility.SHARED);
        ActivityView sameStart = with(planned(tenant, ActivityType.TASK, ADA, now.plus(Duration.ofDays(2)),
                Duration.ZERO), Set.of(busy), List.of(), List.of(), ActivityVisibility.SHARED);
        ActivityView ofTheDeal = with(meeting(tenant, ADA, now.minus(Duration.ofDays(1)), HOUR), Set.of(deal),
                List.of(), List.of(), ActivityVisibility.SHARED);
        tx(() -> {
            repo().insert(held);
            repo().insert(shared);
            return null;
        });
        insert(plannedLater, sameStart, ofTheDeal);
        List<UUID> asked = List.of(busy.recordId(), quiet.recordId(), untouched.recordId());
        List<ActivityView> busyInOrder = tx(() -> repo().search(tenant, ActivityFilter.any().about(busy),
                PageRequest.first(10))).items();

        Map<UUID, List<ActivityView>> all = tx(() -> repo().filedUnder(tenant, LinkedRecordType.LEAD, asked, null,
                10));
        Map<UUID, List<ActivityView>> completed = tx(() -> repo().filedUnder(tenant, LinkedRecordType.LEAD, asked,
                ActivityStatus.COMPLETED, 10));
        Map<UUID, List<ActivityView>> firstTwo = tx(() -> repo().filedUnder(tenant, LinkedRecordType.LEAD, asked,
                null, 2));

        assertThat(busyInOrder).hasSize(4);
        assertThat(all).containsOnlyKeys(busy.recordId(), quiet.recordId());
        assertThat(all.get(busy.recordId())).containsExactlyElementsOf(busyInOrder);
        assertThat(all.get(quiet.recordId())).containsExactly(shared.view());
        assertThat(completed.get(busy.recordId())).containsExactly(shared.view(), held.view());
        assertThat(firstTwo.get(busy.recordId())).containsExactlyElementsOf(busyInOrder.subList(0, 2));
        assertThat(tx(() -> repo().filedUnder(tenant, LinkedRecordType.OPPORTUNITY, List.of(busy.recordId()), null,
                10))).containsOnlyKeys(busy.recordId()).extractingByKey(busy.recordId()).asList()
                .containsExactly(ofTheDeal);
        assertThat(tx(() -> repo().filedUnder(LeadFixtures.freshTenant(), LinkedRecordType.LEAD, asked, null, 10)))
                .isEmpty();
        assertThat(tx(() -> repo().filedUnder(tenant, LinkedRecordType.LEAD, List.of(), null, 10))).isEmpty();
    }

    @Test
    void completedActivitiesCountedPerRecordAndType() {
        RecordLink busy = RecordLink.opportunity(OpportunityId.of(LeadFixtures.nextId()));
        RecordLink quiet = RecordLink.opportunity(OpportunityId.of(LeadFixtures.nextId()));
        RecordLink untouched = RecordLink.opportunity(OpportunityId.of(LeadFixtures.nextId()));
        Instant now = T0.plus(Duration.ofDays(30));
        Activity call = activity(with(planned(tenant, ActivityType.CALL, ADA, now.minus(Duration.ofDays(3)), HOUR),
                Set.of(busy), List.of(), List.of(), ActivityVisibility.SHARED));
        call.complete("interested", ADA, now);
        Activity meeting = activity(with(meeting(tenant, ADA, now.minus(Duration.ofDays(2)), HOUR), Set.of(busy, quiet),
                List.of(), List.of(), ActivityVisibility.PRIVATE));
        meeting.complete(null, ADA, now);
        Activity cancelled = activity(with(planned(tenant, ActivityType.CALL, ADA, now.minus(Duration.ofDays(1)), HOUR),
                Set.of(busy), List.of(), List.of(), ActivityVisibility.SHARED));
        cancelled.cancel(ADA, now);
        ActivityView email = with(planned(tenant, ActivityType.EMAIL, GRACE, now.minus(Duration.ofDays(4)), HOUR),
                Set.of(busy), List.of(), List.of(), ActivityVisibility.SHARED);
        ActivityView secondEmail = with(planned(tenant, ActivityType.EMAIL, ADA, now.minus(Duration.ofDays(6)), HOUR),
                Set.of(busy), List.of(), List.of(), ActivityVisibility.SHARED);
        ActivityView planned = with(planned(tenant, ActivityType.CALL, ADA, now.plus(Duration.ofDays(1)), HOUR),
                Set.of(busy, quiet), List.of(), List.of(), ActivityVisibility.SHARED);
        ActivityView afterCutOff = with(planned(tenant, ActivityType.EMAIL, ADA, now.plus(Duration.ofHours(1)), HOUR),
                Set.of(quiet), List.of(), List.of(), ActivityVisibility.SHARED);
        ActivityView onAccount = with(planned(tenant, ActivityType.EMAIL, ADA, now.minus(Duration.ofDays(1)), HOUR),
                Set.of(new RecordLink(LinkedRecordType.ACCOUNT, untouched.recordId())), List.of(), List.of(),
                ActivityVisibility.SHARED);
        tx(() -> {
            repo().insert(call);
            repo().insert(meeting);
            repo().insert(cancelled);
            return null;
        });
        insert(email, secondEmail, planned, afterCutOff, onAccount);

        List<ActivityTally> counted = tx(() -> repo().completedByRecord(tenant, LinkedRecordType.OPPORTUNITY,
                List.of(busy.recordId(), quiet.recordId(), untouched.recordId(), busy.recordId()), now));

        assertThat(counted).containsExactlyInAnyOrder(
                new ActivityTally(busy, ActivityType.CALL, 1),
                new ActivityTally(busy, ActivityType.MEETING, 1),
                new ActivityTally(busy, ActivityType.EMAIL, 2),
                new ActivityTally(quiet, ActivityType.MEETING, 1));
        assertThat(tx(() -> repo().completedByRecord(TenantId.of("other-" + LeadFixtures.nextId()),
                LinkedRecordType.OPPORTUNITY, List.of(busy.recordId()), now))).isEmpty();
        assertThat(tx(() -> repo().completedByRecord(tenant, LinkedRecordType.OPPORTUNITY, List.of(), now))).isEmpty();
    }

    // ---- data protection ------------------------------------------------------------------

    /** The person of the erasure tests: a contact and a lead, two addresses, a name and a phone. */
    private record Person(ContactId contact, LeadId lead, PersonReference reference) {
    }

    private static Person person() {
        ContactId contact = ContactId.of(LeadFixtures.nextId());
        LeadId lead = LeadId.of(LeadFixtures.nextId());
        return new Person(contact, lead, new PersonReference(Set.of(RecordLink.contact(contact), RecordLink.lead(lead)),
                contact, Set.of(EmailAddress.of("zed_q@quux.example"), EmailAddress.of("zq@home.example")),
                Set.of("Zed Quux", "+447700900123")));
    }

    private ActivityView text(ActivityView a, String subject, String body, ActivityDetails details, String outcome) {
        boolean completed = outcome != null || a.status() == ActivityStatus.COMPLETED;
        return new ActivityView(a.id(), a.tenantId(), a.type(), completed ? ActivityStatus.COMPLETED : a.status(),
                a.ownerId(), subject, body, a.start(), a.end(), a.zone(), details, a.visibility(), a.links(),
                a.attendees(), a.reminders(), a.seriesId(), a.recurrence(), outcome,
                completed ? a.start() : null, a.version(), a.createdAt(), a.updatedAt());
    }

    /** Activities that hold the person in every way one can, and one that does not. */
    private List<ActivityView> seedPerson(Person p) {
        RecordLink account = RecordLink.account(AccountId.of(LeadFixtures.nextId()));
        RecordLink otherContact = RecordLink.contact(ContactId.of(LeadFixtures.nextId()));
        ActivityView call = text(with(planned(tenant, ActivityType.CALL, ADA, T0, Duration.ofMinutes(12)),
                Set.of(RecordLink.contact(p.contact()), account), List.of(), List.of(reminder(Duration.ZERO, T0)),
                ActivityVisibility.SHARED), "Call Zed Quux", "He told us about his divorce",
                new ActivityDetails.Call(CallDirection.OUTBOUND), "Zed Quux said call back");
        ActivityView meeting = text(with(meeting(tenant, ADA, T0.plus(HOUR), HOUR), Set.of(account),
                List.of(Attendee.user(GRACE, "Grace Hopper", EmailAddress.of("grace@navy.example")),
                        Attendee.contact(p.contact(), "Zed Quux", EmailAddress.of("zed_q@quux.example")),
                        Attendee.external("Olga Other", EmailAddress.of("olga@other.example"))),
                List.of(), ActivityVisibility.SHARED), "Quarterly review", "Agenda: numbers",
                new ActivityDetails.Meeting("Room 4", "https://meet.example/q"), null);
        ActivityView email = text(with(planned(tenant, ActivityType.EMAIL, ADA, T0.plus(Duration.ofHours(3)),
                        Duration.ZERO), Set.of(account), List.of(), List.of(), ActivityVisibility.SHARED), "Offer",
                null, new ActivityDetails.Email(EmailAddress.of("ada@crm.example"),
                        List.of(EmailAddress.of("ZQ@home.example"), EmailAddress.of("b@y.example")), "<m1@crm.example>"),
                null);
        ActivityView note = text(with(planned(tenant, ActivityType.NOTE, GRACE, T0.plus(Duration.ofHours(4)),
                        Duration.ZERO), Set.of(otherContact), List.of(), List.of(), ActivityVisibility.PRIVATE),
                "Trade fair", "Met ZED QUUX (+447700900123) at the stand", new ActivityDetails.Note(), null);
        ActivityView leadMeeting = text(with(meeting(tenant, GRACE, T0.plus(Duration.ofHours(5)), HOUR),
                Set.of(RecordLink.lead(p.lead())), List.of(Attendee.external("Zed", EmailAddress.of("zq@home.example"))),
                List.of(), ActivityVisibility.SHARED), "Demo for Quux", "Bring the slides",
                new ActivityDetails.Meeting("Zed's flat, 3 Elm Row", null), null);
        ActivityView unrelated = text(with(meeting(tenant, ADA, T0.plus(Duration.ofHours(6)), HOUR), Set.of(account),
                List.of(Attendee.external("Olga Other", EmailAddress.of("olga@other.example"))), List.of(),
                ActivityVisibility.SHARED), "Zed_Q is not her", "Olga only", new ActivityDetails.Meeting("Room 5", null),
                null);
        insert(call, meeting, email, note, leadMeeting, unrelated);
        return List.of(call, meeting, email, note, leadMeeting, unrelated);
    }

    @Test
    void concerningFindsLinksAttendeesAddressesAndQuotedValuesOfThePersonOnly() {
        Person p = person();
        List<ActivityView> seeded = seedPerson(p);
        TenantId other = LeadFixtures.freshTenant();
        ActivityView elsewhere = with(planned(other, ActivityType.CALL, ADA, T0, Duration.ofMinutes(5)),
                Set.of(RecordLink.contact(p.contact())), List.of(), List.of(), ActivityVisibility.SHARED);
        insert(elsewhere);

        List<ActivityView> found = tx(() -> repo().concerning(tenant, p.reference()));

        assertThat(ids(found)).containsExactlyElementsOf(ids(seeded.subList(0, 5)));
        assertThat(found.get(0)).isEqualTo(seeded.get(0));
        assertThat(tx(() -> repo().concerning(other, p.reference()))).extracting(ActivityView::id)
                .containsExactly(elsewhere.id());
    }

    @Test
    void anonymiseRemovesEveryPersonalValueAndKeepsTheFacts() {
        Person p = person();
        List<ActivityView> seeded = seedPerson(p);
        Instant now = T0.plus(Duration.ofDays(30));

        int changed = tx(() -> repo().anonymise(tenant, p.reference(), now));

        assertThat(changed).isEqualTo(5);
        ActivityView call = load(seeded.get(0).id());
        assertThat(call.subject()).isEqualTo(PersonReference.ERASED);
        assertThat(call.body()).isNull();
        assertThat(call.outcome()).isEqualTo("(erased) said call back");
        assertThat(call.version()).isEqualTo(1);
        assertThat(call.updatedAt()).isEqualTo(now);
        assertThat(call.status()).isEqualTo(ActivityStatus.COMPLETED);
        assertThat(call.duration()).isEqualTo(Duration.ofMinutes(12));
        assertThat(call.links()).isEqualTo(seeded.get(0).links());
        assertThat(call.reminders()).isEqualTo(seeded.get(0).reminders());

        ActivityView meeting = load(seeded.get(1).id());
        assertThat(meeting.subject()).isEqualTo("Quarterly review");
        assertThat(meeting.details()).isEqualTo(new ActivityDetails.Meeting("Room 4", "https://meet.example/q"));
        assertThat(meeting.attendees()).containsExactly(
                Attendee.user(GRACE, "Grace Hopper", EmailAddress.of("grace@navy.example")),
                Attendee.contact(p.contact(), null, null),
                Attendee.external("Olga Other", EmailAddress.of("olga@other.example")));

        ActivityView email = load(seeded.get(2).id());
        assertThat(email.details()).isEqualTo(new ActivityDetails.Email(EmailAddress.of("ada@crm.example"),
                List.of(EmailAddress.of("b@y.example")), "<m1@crm.example>"));
        assertThat(email.subject()).isEqualTo("Offer");

        ActivityView note = load(seeded.get(3).id());
        assertThat(note.body()).isEqualTo("Met (erased) ((erased)) at the stand");
        assertThat(note.subject()).isEqualTo("Trade fair");

        ActivityView leadMeeting = load(seeded.get(4).id());
        assertThat(leadMeeting.subject()).isEqualTo(PersonReference.ERASED);
        assertThat(leadMeeting.body()).isNull();
        assertThat(leadMeeting.details()).isEqualTo(new ActivityDetails.Meeting(null, null));
        assertThat(leadMeeting.attendees()).containsExactly(Attendee.contact(p.contact(), null, null));

        assertThat(load(seeded.get(5).id())).isEqualTo(seeded.get(5));
        for (ActivityView after : tx(() -> repo().concerning(tenant, p.reference()))) {
            assertThat(after.toString().toLowerCase(java.util.Locale.ROOT))
                    .doesNotContain("zed quux", "zed_q@quux.example", "zq@home.example", "+447700900123", "elm row");
        }
        assertThat(tx(() -> repo().anonymise(tenant, p.reference(), now.plus(HOUR)))).as("erasing again").isZero();
        assertThat(load(seeded.get(0).id()).version()).isEqualTo(1);
    }

    @Test
    void anEditStoresNewTextPlaceVisibilityLinksAndAttendees() {
        RecordLink account = RecordLink.account(AccountId.of(LeadFixtures.nextId()));
        RecordLink opportunity = RecordLink.opportunity(OpportunityId.of(LeadFixtures.nextId()));
        RecordLink lead = RecordLink.lead(LeadId.of(LeadFixtures.nextId()));
        Attendee grace = Attendee.user(GRACE, "Grace Hopper", EmailAddress.of("grace@navy.example"));
        Attendee contact = Attendee.contact(ContactId.of(LeadFixtures.nextId()), "A contact", null);
        Attendee outsider = Attendee.external("Outsider", EmailAddress.of("out@side.example"));
        Attendee newcomer = Attendee.external("Newcomer", EmailAddress.of("new@side.example"));
        ActivityView meeting = with(meeting(tenant, ADA, T0, HOUR), Set.of(account, opportunity),
                List.of(grace, contact, outsider), List.of(reminder(Duration.ofMinutes(10), T0)),
                ActivityVisibility.SHARED);
        insert(meeting);

        Activity edited = tx(() -> repo().find(tenant, meeting.id())).orElseThrow();
        assertThat(edited.edit(ActivityEdit.none().withSubject("Renamed").withBody("notes").withLocation("Room 9")
                        .withOnlineLink("https://meet.example/x").withVisibility(ActivityVisibility.PRIVATE)
                        .unlink(account).link(lead).uninvite(contact).invite(newcomer), ADA, T0.plus(HOUR)))
                .isInstanceOf(ActivityChange.Changed.class);
        tx(() -> {
            repo().update(edited);
            return null;
        });

        assertThat(load(meeting.id())).isEqualTo(edited.view().withVersion(1));
        assertThat(load(meeting.id()).attendees()).containsExactly(grace, outsider, newcomer);
        assertThat(ids(all(ActivityFilter.any().about(account)))).isEmpty();
        assertThat(ids(all(ActivityFilter.any().about(lead).during(T0, T0.plus(HOUR))))).containsExactly(meeting.id());

        Activity emptied = tx(() -> repo().find(tenant, meeting.id())).orElseThrow();
        emptied.edit(ActivityEdit.none().withBody("").withLocation(" ").unlink(opportunity, lead)
                .uninvite(grace, outsider, newcomer), ADA, T0.plus(HOUR));
        tx(() -> {
            repo().update(emptied);
            return null;
        });

        ActivityView stored = load(meeting.id());
        assertThat(stored).isEqualTo(emptied.view().withVersion(2));
        assertThat(stored.links()).isEmpty();
        assertThat(stored.attendees()).isEmpty();
        assertThat(stored.details()).isEqualTo(new ActivityDetails.Meeting(null, "https://meet.example/x"));
        assertThat(ids(all(ActivityFilter.any().about(opportunity)))).isEmpty();
    }

    @Test
    void anEditedTaskOrCallKeepsItsTypeDetails() {
        ActivityView task = planned(tenant, ActivityType.TASK, ADA, T0, Duration.ZERO);
        ActivityView call = planned(tenant, ActivityType.CALL, ADA, T0, HOUR);
        insert(task, call);

        Activity editedTask = tx(() -> repo().find(tenant, task.id())).orElseThrow();
        editedTask.edit(ActivityEdit.none().withPriority(Priority.HIGH), ADA, T0);
        Activity editedCall = tx(() -> repo().find(tenant, call.id())).orElseThrow();
        editedCall.edit(ActivityEdit.none().withDirection(CallDirection.INBOUND), ADA, T0);
        tx(() -> {
            repo().update(editedTask);
            repo().update(editedCall);
            return null;
        });

        assertThat(load(task.id()).details()).isEqualTo(new ActivityDetails.Task(Priority.HIGH));
        assertThat(load(call.id()).details()).isEqualTo(new ActivityDetails.Call(CallDirection.INBOUND));
    }

    @Test
    void aMovedOccurrenceKeepsItsOriginalStartAndRangesFindItAtItsNewTime() {
        Duration week = Duration.ofDays(7);
        ActivityView first = ActivityFixtures.withOriginalStart(ActivityFixtures.seriesStart(
                meeting(tenant, ADA, T0, HOUR), RecurrenceRule.weekly(1, 2)), T0);
        ActivityView second = ActivityFixtures.withOriginalStart(ActivityFixtures.inSeries(
                meeting(tenant, ADA, T0.plus(week), HOUR), first.id()), T0.plus(week));
        insert(first, second);
        assertThat(load(second.id())).isEqualTo(second);

        Instant moved = T0.plus(Duration.ofDays(20));
        Activity moving = tx(() -> repo().find(tenant, second.id())).orElseThrow();
        moving.reschedule(moved, moved.plus(HOUR), null, ADA, T0);
        tx(() -> {
            repo().update(moving);
            return null;
        });

        ActivityView stored = load(second.id());
        assertThat(stored.start()).isEqualTo(moved);
        assertThat(stored.originalStart()).isEqualTo(T0.plus(week));
        assertThat(stored.movedOccurrence()).isTrue();
        assertThat(ids(all(ActivityFilter.any().during(T0.plus(week).minus(HOUR), T0.plus(Duration.ofDays(8))))))
                .isEmpty();
        assertThat(ids(all(ActivityFilter.any().during(moved.minus(Duration.ofDays(1)), moved.plus(HOUR)))))
                .containsExactly(second.id());
        assertThat(ids(all(ActivityFilter.any().inSeries(first.id())))).containsExactly(first.id(), second.id());
    }

    @Test
    void erasureKeepsAnOccurrencesOriginalStartAndIsIdempotentForSeries() {
        Person p = person();
        Duration week = Duration.ofDays(7);
        ActivityView first = ActivityFixtures.withOriginalStart(ActivityFixtures.seriesStart(
                with(meeting(tenant, ADA, T0, HOUR), Set.of(RecordLink.contact(p.contact())), List.of(), List.of(),
                        ActivityVisibility.SHARED), RecurrenceRule.weekly(1, 2)), T0);
        ActivityView second = ActivityFixtures.withOriginalStart(ActivityFixtures.inSeries(
                with(meeting(tenant, ADA, T0.plus(week), HOUR), Set.of(RecordLink.contact(p.contact())), List.of(),
                        List.of(), ActivityVisibility.SHARED), first.id()), T0.plus(week));
        insert(first, second);
        Instant now = T0.plus(Duration.ofDays(30));

        assertThat(tx(() -> repo().anonymise(tenant, p.reference(), now))).isEqualTo(2);

        assertThat(load(second.id()).originalStart()).isEqualTo(T0.plus(week));
        assertThat(load(second.id()).subject()).isEqualTo(PersonReference.ERASED);
        assertThat(tx(() -> repo().anonymise(tenant, p.reference(), now.plus(HOUR)))).as("erasing again").isZero();
    }

    @Test
    void aRescheduleThenALinkEditInOneTransactionKeepEveryLinkAtTheNewStart() {
        RecordLink account = RecordLink.account(AccountId.of(LeadFixtures.nextId()));
        RecordLink lead = RecordLink.lead(LeadId.of(LeadFixtures.nextId()));
        Attendee grace = Attendee.user(GRACE);
        ActivityView meeting = with(meeting(tenant, ADA, T0, HOUR), Set.of(account), List.of(grace),
                List.of(reminder(Duration.ofMinutes(10), T0)), ActivityVisibility.SHARED);
        insert(meeting);
        Instant moved = T0.plus(Duration.ofDays(10));

        tx(() -> {
            Activity activity = repo().find(tenant, meeting.id()).orElseThrow();
            activity.reschedule(moved, moved.plus(HOUR), null, ADA, T0);
            repo().update(activity);
            Activity again = repo().find(tenant, meeting.id()).orElseThrow();
            again.edit(ActivityEdit.none().link(lead), ADA, T0);
            repo().update(again);
            Activity third = repo().find(tenant, meeting.id()).orElseThrow();
            third.complete("held", ADA, moved.plus(HOUR));
            repo().update(third);
            return null;
        });

        ActivityView stored = load(meeting.id());
        assertThat(stored.version()).isEqualTo(3);
        assertThat(stored.status()).isEqualTo(ActivityStatus.COMPLETED);
        assertThat(stored.links()).containsExactlyInAnyOrder(account, lead);
        assertThat(stored.attendees()).containsExactly(grace);
        assertThat(stored.reminders().get(0).fireAt()).isEqualTo(moved.minus(Duration.ofMinutes(10)));
        for (RecordLink link : List.of(account, lead)) {
            assertThat(ids(all(ActivityFilter.any().about(link).during(moved, moved.plus(HOUR)))))
                    .as("%s at the new time", link).containsExactly(meeting.id());
            assertThat(ids(all(ActivityFilter.any().about(link).during(T0, T0.plus(HOUR)))))
                    .as("%s at the old time", link).isEmpty();
        }
    }

    @Test
    void anEditLoadedAndStoredInOneTransactionReplacesAttendeesAndLinks() {
        RecordLink account = RecordLink.account(AccountId.of(LeadFixtures.nextId()));
        RecordLink lead = RecordLink.lead(LeadId.of(LeadFixtures.nextId()));
        Attendee grace = Attendee.user(GRACE);
        Attendee outsider = Attendee.external("Outsider", EmailAddress.of("out@side.example"));
        ActivityView meeting = with(meeting(tenant, ADA, T0, HOUR), Set.of(account), List.of(grace, outsider),
                List.of(), ActivityVisibility.SHARED);
        insert(meeting);
        Activity stale = tx(() -> repo().find(tenant, meeting.id())).orElseThrow();

        ActivityView edited = tx(() -> {
            Activity activity = repo().find(tenant, meeting.id()).orElseThrow();
            activity.edit(ActivityEdit.none().uninvite(grace).invite(Attendee.user(UserId.of("mary")))
                    .unlink(account).link(lead), ADA, T0);
            repo().update(activity);
            Activity again = repo().find(tenant, meeting.id()).orElseThrow();
            again.edit(ActivityEdit.none().uninvite(outsider).withSubject("Twice"), ADA, T0);
            repo().update(again);
            return again.view();
        });

        assertThat(load(meeting.id())).isEqualTo(edited.withVersion(2));
        assertThat(load(meeting.id()).attendees()).containsExactly(Attendee.user(UserId.of("mary")));
        assertThat(load(meeting.id()).links()).containsExactly(lead);
        // a links-only edit advanced the version too, so an edit of the old state conflicts
        stale.edit(ActivityEdit.none().link(RecordLink.contact(ContactId.of(LeadFixtures.nextId()))), ADA, T0);
        assertThatThrownBy(() -> tx(() -> {
            repo().update(stale);
            return null;
        })).isInstanceOf(ConcurrencyConflictException.class);
        assertThat(load(meeting.id()).links()).containsExactly(lead);
    }

    @Test
    void relinkMovesEveryActivityOfARecordToAnotherAndKeepsOneLinkWhenLinkedToBoth() {
        RecordLink from = RecordLink.lead(LeadId.of(LeadFixtures.nextId()));
        RecordLink to = RecordLink.lead(LeadId.of(LeadFixtures.nextId()));
        RecordLink account = RecordLink.account(AccountId.of(LeadFixtures.nextId()));
        RecordLink otherLead = RecordLink.lead(LeadId.of(LeadFixtures.nextId()));
        ActivityView call = planned(tenant, ActivityType.CALL, ADA, T0, Duration.ofMinutes(10));
        ActivityView onlyFrom = with(call, Set.of(from), List.of(),
                List.of(reminder(Duration.ofMinutes(15), T0)), ActivityVisibility.SHARED);
        ActivityView both = with(meeting(tenant, ADA, T0.plus(HOUR), HOUR), Set.of(from, to), List.of(), List.of(),
                ActivityVisibility.SHARED);
        ActivityView withAccount = with(planned(tenant, ActivityType.NOTE, GRACE, T0.plus(Duration.ofDays(3)),
                Duration.ZERO), Set.of(from, account), List.of(), List.of(), ActivityVisibility.SHARED);
        ActivityView onlyTo = with(meeting(tenant, ADA, T0.plus(Duration.ofDays(1)), HOUR), Set.of(to), List.of(),
                List.of(), ActivityVisibility.SHARED);
        ActivityView unrelated = with(meeting(tenant, ADA, T0, HOUR), Set.of(otherLead), List.of(), List.of(),
                ActivityVisibility.SHARED);
        insert(onlyFrom, both, withAccount, onlyTo, unrelated);
        TenantId other = LeadFixtures.freshTenant();
        ActivityView elsewhere = with(meeting(other, ADA, T0, HOUR), Set.of(from), List.of(), List.of(),
                ActivityVisibility.SHARED);
        tx(() -> {
            repo().insert(activity(elsewhere));
            return null;
        });
        Instant now = T0.plus(Duration.ofDays(10));

        int changed = tx(() -> repo().relink(tenant, from, to, now));

        assertThat(changed).isEqualTo(3);
        ActivityView moved = load(onlyFrom.id());
        assertThat(moved.links()).containsExactly(to);
        assertThat(moved.version()).isEqualTo(1);
        assertThat(moved.updatedAt()).isEqualTo(now);
        assertThat(moved.reminders()).isEqualTo(onlyFrom.reminders());
        assertThat(moved.start()).isEqualTo(onlyFrom.start());
        assertThat(load(both.id()).links()).containsExactly(to);
        assertThat(load(withAccount.id()).links()).containsExactlyInAnyOrder(to, account);
        assertThat(load(onlyTo.id())).isEqualTo(onlyTo);
        assertThat(load(unrelated.id())).isEqualTo(unrelated);
        assertThat(tx(() -> repo().find(other, elsewhere.id())).orElseThrow().view().links()).containsExactly(from);
        // the record's calendar (a range over the link rows) shows the moved activities at their times
        assertThat(ids(all(ActivityFilter.any().about(to).during(T0.minus(HOUR), T0.plus(Duration.ofDays(2))))))
                .containsExactly(onlyFrom.id(), both.id(), onlyTo.id());
        assertThat(ids(all(ActivityFilter.any().about(to))))
                .containsExactly(onlyFrom.id(), both.id(), onlyTo.id(), withAccount.id());
        assertThat(all(ActivityFilter.any().about(from))).isEmpty();
        assertThat(tx(() -> repo().lastAndNext(tenant, LinkedRecordType.LEAD, List.of(from.recordId()), T0,
                ActivityFilter.any()))).isEmpty();

        assertThat(tx(() -> repo().relink(tenant, from, to, now.plus(HOUR)))).as("moving again").isZero();
        assertThat(load(onlyFrom.id()).version()).isEqualTo(1);
    }

    @Test
    void aRelinkIsUndoneWithItsTransaction() {
        RecordLink from = RecordLink.lead(LeadId.of(LeadFixtures.nextId()));
        RecordLink to = RecordLink.lead(LeadId.of(LeadFixtures.nextId()));
        ActivityView call = with(planned(tenant, ActivityType.CALL, ADA, T0, Duration.ofMinutes(10)), Set.of(from),
                List.of(), List.of(), ActivityVisibility.SHARED);
        insert(call);

        assertThatThrownBy(() -> tx(() -> {
            repo().relink(tenant, from, to, T0.plus(HOUR));
            throw new IllegalStateException("rolled back");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(load(call.id())).isEqualTo(call);
        assertThat(ids(all(ActivityFilter.any().about(from)))).containsExactly(call.id());
    }

    @Test
    void linkAlsoFilesARecordsHistoryUnderMoreRecordsKeepingItsLinkAndTheLimit() {
        RecordLink lead = RecordLink.lead(LeadId.of(LeadFixtures.nextId()));
        RecordLink contact = RecordLink.contact(ContactId.of(LeadFixtures.nextId()));
        RecordLink account = RecordLink.account(AccountId.of(LeadFixtures.nextId()));
        RecordLink deal = RecordLink.opportunity(OpportunityId.of(LeadFixtures.nextId()));
        ActivityView onlyLead = with(planned(tenant, ActivityType.CALL, ADA, T0, Duration.ofMinutes(10)),
                Set.of(lead), List.of(), List.of(), ActivityVisibility.SHARED);
        ActivityView withContact = with(meeting(tenant, ADA, T0.plus(HOUR), HOUR), Set.of(lead, contact), List.of(),
                List.of(), ActivityVisibility.SHARED);
        Set<RecordLink> crowded = new java.util.HashSet<>(Set.of(lead));
        while (crowded.size() < ActivityView.MAX_LINKS - 1) {
            crowded.add(RecordLink.account(AccountId.of(LeadFixtures.nextId())));
        }
        ActivityView full = with(meeting(tenant, GRACE, T0.plus(Duration.ofDays(1)), HOUR), crowded, List.of(),
                List.of(), ActivityVisibility.SHARED);
        ActivityView unrelated = with(meeting(tenant, ADA, T0, HOUR), Set.of(contact), List.of(), List.of(),
                ActivityVisibility.SHARED);
        insert(onlyLead, withContact, full, unrelated);
        Instant now = T0.plus(Duration.ofDays(10));

        int changed = tx(() -> repo().linkAlso(tenant, lead, List.of(contact, account, deal), now));

        assertThat(changed).isEqualTo(3);
        ActivityView first = load(onlyLead.id());
        assertThat(first.links()).containsExactlyInAnyOrder(lead, contact, account, deal);
        assertThat(first.version()).isEqualTo(1);
        assertThat(first.updatedAt()).isEqualTo(now);
        assertThat(load(withContact.id()).links()).containsExactlyInAnyOrder(lead, contact, account, deal);
        ActivityView crowdedAfter = load(full.id());
        assertThat(crowdedAfter.links()).hasSize(ActivityView.MAX_LINKS).contains(lead, contact)
                .doesNotContain(deal);
        assertThat(load(unrelated.id())).isEqualTo(unrelated);
        assertThat(ids(all(ActivityFilter.any().about(deal).during(T0.minus(HOUR), T0.plus(Duration.ofDays(2))))))
                .containsExactly(onlyLead.id(), withContact.id());
        assertThat(ids(all(ActivityFilter.any().about(lead))))
                .containsExactly(onlyLead.id(), withContact.id(), full.id());

        assertThat(tx(() -> repo().linkAlso(tenant, lead, List.of(contact, account, deal), now.plus(HOUR))))
                .as("linking again").isZero();
        assertThat(load(onlyLead.id()).version()).isEqualTo(1);
    }
}
