package org.smartbizflow.crm.core.activity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.smartbizflow.crm.activity.ActivityFilter;
import org.smartbizflow.crm.activity.ActivityView;
import org.smartbizflow.crm.activity.Notification;
import org.smartbizflow.crm.activity.ReminderAcknowledgement;
import org.smartbizflow.crm.activity.ReminderId;
import org.smartbizflow.crm.activity.port.in.Activities;
import org.smartbizflow.crm.activity.port.in.ListActivities;
import org.smartbizflow.crm.activity.port.in.ReminderDelivery;
import org.smartbizflow.crm.activity.port.in.ScheduleActivity;
import org.smartbizflow.crm.core.Crm;
import org.smartbizflow.crm.shared.Actor;
import org.smartbizflow.crm.shared.PageRequest;
import org.smartbizflow.crm.shared.Role;
import org.smartbizflow.crm.shared.TenantId;

/**
 * Reminder idempotence: however many pollers run at once and however often they poll and
 * acknowledge, every due reminder reaches the notifier exactly once and a not-yet-due one
 * never does.
 */
class ReminderDeliveryProperties {

    private static final Instant NOW = Instant.parse("2026-03-02T08:00:00Z");

    @Property(tries = 40)
    void everyDueReminderIsDeliveredExactlyOnceUnderConcurrentPollers(
            @ForAll @IntRange(min = 1, max = 12) int meetings,
            @ForAll @IntRange(min = 1, max = 3) int remindersEach,
            @ForAll @IntRange(min = 2, max = 6) int pollers,
            @ForAll @IntRange(min = 1, max = 5) int batch,
            @ForAll @IntRange(min = 0, max = 4) int notYetDue) throws Exception {
        MutableClock clock = new MutableClock(NOW.minus(Duration.ofDays(1)));
        ConcurrentLinkedQueue<Notification> delivered = new ConcurrentLinkedQueue<>();
        Crm crm = Crm.builder().clock(clock).notifier(delivered::add).build();
        TenantId tenant = TenantId.of("acme");
        Activities rep = crm.session(tenant, Actor.user("ada", Role.SALES_REP)).activities();
        for (int i = 0; i < meetings + notYetDue; i++) {
            Instant start = i < meetings ? NOW.plus(Duration.ofMinutes(i)) : NOW.plus(Duration.ofDays(2));
            ScheduleActivity meeting = ScheduleActivity.meeting("m" + i, start, start.plus(Duration.ofMinutes(30)),
                    ZoneId.of("Europe/Berlin"));
            for (int r = 0; r < remindersEach; r++) {
                meeting = meeting.remind(Duration.ofMinutes(10L * (r + 1)));
            }
            rep.schedule(meeting);
        }
        clock.set(NOW.plus(Duration.ofMinutes(meetings)));

        ExecutorService pool = Executors.newFixedThreadPool(pollers);
        try {
            CountDownLatch go = new CountDownLatch(1);
            List<Future<Integer>> rounds = new ArrayList<>();
            for (int p = 0; p < pollers; p++) {
                boolean acknowledging = p % 2 == 1;
                rounds.add(pool.submit(() -> {
                    Activities scheduler = crm.session(tenant, Actor.system()).activities();
                    go.await();
                    int fired = 0;
                    for (int round = 0; round < 20; round++) {
                        if (acknowledging) {
                            // a host that acknowledges itself and delivers what it won
                            for (var due : scheduler.dueReminders(clock.instant(), batch)) {
                                if (scheduler.acknowledge(due.activityId(), due.reminderId()).fired()) {
                                    delivered.add(new Notification(tenant, due.ownerId(), due.subject(), "",
                                            due.activityId(), due.reminderId(), due.start(), due.zone()));
                                    fired++;
                                }
                            }
                        } else {
                            fired += scheduler.deliverDueReminders(batch).delivered().size();
                        }
                    }
                    return fired;
                }));
            }
            go.countDown();
            int fired = 0;
            for (Future<Integer> round : rounds) {
                fired += round.get(1, TimeUnit.MINUTES);
            }
            Activities scheduler = crm.session(tenant, Actor.system()).activities();
            // drain what the rounds left (small batches may not have covered everything)
            ReminderDelivery drained;
            do {
                drained = scheduler.deliverDueReminders(50);
                fired += drained.delivered().size();
            } while (!drained.delivered().isEmpty());

            List<ReminderId> ids = delivered.stream().map(Notification::reminderId).toList();
            assertThat(ids).doesNotHaveDuplicates().hasSize(meetings * remindersEach);
            assertThat(fired).as("deliveries counted by the pollers").isEqualTo(ids.size());
            List<ActivityView> all = rep.list(new ListActivities(ActivityFilter.any(), PageRequest.first(100))).items();
            for (ActivityView activity : all) {
                activity.reminders().forEach(r -> {
                    assertThat(r.fired()).isEqualTo(!r.fireAt().isAfter(clock.instant()));
                    assertThat(scheduler.acknowledge(activity.id(), r.id())).isEqualTo(r.fireAt().isAfter(clock.instant())
                            ? ReminderAcknowledgement.NOT_DUE : ReminderAcknowledgement.ALREADY_FIRED);
                });
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
