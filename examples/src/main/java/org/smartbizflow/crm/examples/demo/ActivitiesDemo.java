package org.smartbizflow.crm.examples.demo;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.smartbizflow.crm.account.AccountId;
import org.smartbizflow.crm.activity.ActivityDetails;
import org.smartbizflow.crm.activity.ActivityFilter;
import org.smartbizflow.crm.activity.ActivityId;
import org.smartbizflow.crm.activity.ActivityPlaybook;
import org.smartbizflow.crm.activity.ActivityTemplate;
import org.smartbizflow.crm.activity.ActivityType;
import org.smartbizflow.crm.activity.ActivityView;
import org.smartbizflow.crm.activity.Attendee;
import org.smartbizflow.crm.activity.ConflictPolicy;
import org.smartbizflow.crm.activity.FollowUpRule;
import org.smartbizflow.crm.activity.LinkedRecordType;
import org.smartbizflow.crm.activity.RecordActivity;
import org.smartbizflow.crm.activity.RecordLink;
import org.smartbizflow.crm.activity.RecurrenceRule;
import org.smartbizflow.crm.activity.ScheduleOutcome;
import org.smartbizflow.crm.activity.port.in.Activities;
import org.smartbizflow.crm.activity.port.in.ActivityBreakdown;
import org.smartbizflow.crm.activity.port.in.CalendarImportReport;
import org.smartbizflow.crm.activity.port.in.CompleteActivity;
import org.smartbizflow.crm.activity.port.in.Completion;
import org.smartbizflow.crm.activity.port.in.EditActivity;
import org.smartbizflow.crm.activity.port.in.ListActivities;
import org.smartbizflow.crm.activity.port.in.PeriodUnit;
import org.smartbizflow.crm.activity.port.in.RescheduleActivity;
import org.smartbizflow.crm.activity.port.in.ScheduleActivity;
import org.smartbizflow.crm.activity.port.in.ScheduleFromTemplate;
import org.smartbizflow.crm.core.AccessPolicies;
import org.smartbizflow.crm.core.Crm;
import org.smartbizflow.crm.persistence.CrmPersistence;
import org.smartbizflow.crm.shared.Actor;
import org.smartbizflow.crm.shared.EmailAddress;
import org.smartbizflow.crm.shared.PageRequest;
import org.smartbizflow.crm.shared.Role;
import org.smartbizflow.crm.shared.TenantId;
import org.smartbizflow.crm.shared.UserId;

/**
 * The activities part of the quick-start demo: a sales week planned, reminded, completed,
 * exchanged with a calendar file and analysed, on the demo's database. Works in a record of
 * its own (a fresh account id), so that running the demo again on the same file prints the
 * same.
 */
public final class ActivitiesDemo {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    /** Monday 4 January 2027, 08:00 in Berlin: the demo's "now" at the start. */
    private static final Instant MONDAY = ZonedDateTime.of(2027, 1, 4, 8, 0, 0, 0, BERLIN).toInstant();

    private ActivitiesDemo() {
    }

    /** Runs the walk-through on the given store, printing what happens. */
    public static void run(CrmPersistence persistence, PrintStream out) {
        DemoClock clock = new DemoClock(MONDAY);
        ActivityPlaybook playbook = new ActivityPlaybook(List.of(
                ActivityTemplate.of("call-back", ActivityType.CALL, "Call back: {{subject}}",
                        "Previous attempt: {{outcome}}", Duration.ofMinutes(15)),
                new ActivityTemplate("demo", ActivityType.MEETING, "Product demo for {{company}}",
                        "Show {{product}}", Duration.ofHours(1), List.of(Duration.ofMinutes(30)))),
                List.of(new FollowUpRule(ActivityType.CALL, "no answer", "call-back", 2)));
        Crm crm = Crm.builder().persistence(persistence).clock(clock)
                .accessPolicy(AccessPolicies.ownerOrManager())
                .notifier(n -> out.println("   notify " + n.recipient() + ": " + n.text()))
                .activityPlaybook(playbook)
                .build();
        TenantId tenant = TenantId.of("acme");
        Activities ada = crm.session(tenant, Actor.user("rep-ada", Role.SALES_REP)).activities();
        Activities grace = crm.session(tenant, Actor.user("rep-grace", Role.SALES_REP)).activities();
        Activities boss = crm.session(tenant, Actor.user("mgr-mary", Role.SALES_MANAGER)).activities();
        Activities scheduler = crm.session(tenant, Actor.system()).activities();
        RecordLink account = RecordLink.account(AccountId.of(UUID.randomUUID()));
        UserId adaId = UserId.of("rep-ada");

        out.println("== Activities: a week with Analytical Engines (times in Europe/Berlin)");
        ScheduleOutcome.Scheduled standUp = (ScheduleOutcome.Scheduled) ada.schedule(
                ScheduleActivity.meeting("Project stand-up", at(4, 9, 0), at(4, 9, 15), BERLIN)
                        .repeating(RecurrenceRule.weekly(1, 12, DayOfWeek.MONDAY, DayOfWeek.THURSDAY)
                                .except(LocalDate.of(2027, 1, 7)))
                        .about(account).with(Attendee.user(UserId.of("rep-grace")))
                        .remind(Duration.ofMinutes(10)));
        out.println("   stand-up series: " + standUp.occurrences().size() + " occurrences (Thursday 7 Jan skipped)");

        ScheduleOutcome clash = grace.schedule(ScheduleActivity.meeting("Pricing review", at(4, 9, 0), at(4, 10, 0),
                BERLIN).about(account).onConflict(ConflictPolicy.REFUSE));
        clash.conflicts().forEach(c -> out.println("   refused, rep-grace is busy: " + c.subject() + " " + local(c)));
        ada.schedule(ScheduleActivity.meeting("Dentist", at(5, 14, 0), at(5, 15, 0), BERLIN).privately());
        grace.conflicts(adaId, at(5, 14, 30), at(5, 14, 45), null)
                .forEach(c -> out.println("   rep-grace sees rep-ada's private meeting as: " + c.subject()));

        ada.schedule(ScheduleActivity.email("Proposal sent", at(4, 8, 30), BERLIN, new ActivityDetails.Email(
                EmailAddress.of("ada@crm.example"), List.of(EmailAddress.of("cto@engines.example")), "<p-1@crm>"))
                .about(account));
        ActivityId call = ((ScheduleOutcome.Scheduled) ada.schedule(ScheduleActivity.call("Budget question",
                at(8, 11, 0), Duration.ofMinutes(10), BERLIN).about(account))).id();
        ada.scheduleFromTemplate(new ScheduleFromTemplate("demo", at(6, 15, 0), BERLIN,
                Map.of("company", "Analytical Engines", "product", "the CRM"), Set.of(account), null));
        ada.schedule(ScheduleActivity.task("Send revised offer", at(5, 17, 0), BERLIN).about(account));

        out.println("== Reminders: the host scheduler polls");
        clock.set(at(4, 8, 50));
        out.println("   delivered " + scheduler.deliverDueReminders(100).delivered().size()
                + ", polling again delivers " + scheduler.deliverDueReminders(100).delivered().size());

        out.println("== Friday: the call goes unanswered");
        clock.set(at(8, 11, 15));
        Completion completion = ada.complete(CompleteActivity.of(call, "no answer"));
        ActivityView followUp = ada.get(((Completion.Completed) completion).followUp());
        out.println("   follow-up: " + followUp.type() + " '" + followUp.subject() + "' on " + local(followUp));

        out.println("== Plans change: one stand-up gets an agenda, another moves to Friday");
        ada.edit(EditActivity.of(standUp.occurrences().get(1)).subject("Project stand-up: release plan")
                .body("1. scope 2. dates").invite(Attendee.user(UserId.of("mgr-mary"))));
        ada.reschedule(RescheduleActivity.to(standUp.occurrences().get(2), at(15, 10, 0)));
        ActivityView moved = ada.get(standUp.occurrences().get(2));
        out.println("   the stand-up of " + moved.originalStart().atZone(BERLIN).toLocalDateTime().toString()
                .replace('T', ' ') + " now takes place " + local(moved));

        out.println("== The account's calendar, 4 to 13 January");
        for (ActivityView activity : boss.list(new ListActivities(ActivityFilter.any().about(account)
                .during(at(4, 0, 0), at(13, 0, 0)), PageRequest.first(100))).items()) {
            out.println("   " + local(activity) + " " + activity.type() + " " + activity.subject() + " ["
                    + activity.status() + ", " + activity.ownerId() + "]");
        }

        out.println("== Calendar file (RFC 5545)");
        ByteArrayOutputStream ics = new ByteArrayOutputStream();
        long events = ada.exportCalendar(ActivityFilter.any().about(account), ics);
        ics.toString(StandardCharsets.UTF_8).lines()
                .filter(line -> line.startsWith("RRULE") || line.startsWith("EXDATE") || line.startsWith("DTSTART;"))
                .limit(3).forEach(line -> out.println("   " + line));
        ics.toString(StandardCharsets.UTF_8).lines().filter(line -> line.startsWith("RECURRENCE-ID"))
                .forEach(line -> out.println("   changed occurrence: " + line));
        out.println("   (" + events + " events exported)");
        String outside = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:" + UUID.randomUUID()
                + "@partner\r\nDTSTART;TZID=Europe/London:20270111T100000\r\nDURATION:PT45M\r\n"
                + "SUMMARY:Partner call\\, quarterly\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\nUID:x@partner\r\n"
                + "DTSTART;TZID=GMT Standard Time:20270112T100000\r\nSUMMARY:Outlook invite\r\nEND:VEVENT\r\n"
                + "BEGIN:VEVENT\r\nUID:y@partner\r\nDTSTART;TZID=Customized Time Zone:20270111T100000\r\n"
                + "SUMMARY:Own zone\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";
        CalendarImportReport imported = ada.importCalendar(
                new ByteArrayInputStream(outside.getBytes(StandardCharsets.UTF_8)), Set.of(account));
        out.println("   imported " + imported.stored().size() + ", rejected " + imported.rejected().size() + ": "
                + imported.rejected().get(0).reason());
        ActivityView outlook = ada.get(imported.stored().get(1));
        out.println("   'GMT Standard Time' (Windows) read as " + outlook.zone() + ": " + local(outlook));

        out.println("== Analytics (aggregate queries)");
        for (ActivityBreakdown.Row row : boss.breakdown(ActivityFilter.any().about(account), PeriodUnit.WEEK).rows()) {
            out.println("   week of " + row.periodStart() + " " + row.ownerId() + " " + row.type() + ": " + row.total()
                    + " (" + row.completed() + " done, completion "
                    + row.completionRate().movePointRight(2).stripTrailingZeros().toPlainString() + "%)");
        }
        out.println("   overdue tasks of rep-ada: " + ada.overdueTasks(5).byOwner().getOrDefault(adaId, 0L));
        for (RecordActivity record : boss.lastAndNext(LinkedRecordType.ACCOUNT, List.of(account.recordId()))) {
            out.println("   account: last done " + record.lastDoneAt().atZone(BERLIN).toLocalDateTime()
                    + ", next " + record.nextAt().atZone(BERLIN).toLocalDateTime());
        }
    }

    private static Instant at(int januaryDay, int hour, int minute) {
        return ZonedDateTime.of(2027, 1, januaryDay, hour, minute, 0, 0, BERLIN).toInstant();
    }

    private static String local(ActivityView activity) {
        return activity.localStart().toLocalDateTime().toString().replace('T', ' ');
    }

    /** The demo's own time, moved on as the story goes. */
    private static final class DemoClock extends Clock {
        private Instant now;

        DemoClock(Instant start) {
            now = start;
        }

        void set(Instant instant) {
            now = instant;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
