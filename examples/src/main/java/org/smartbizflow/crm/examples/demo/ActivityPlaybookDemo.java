package org.smartbizflow.crm.examples.demo;

import java.io.PrintStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.UUID;
import org.smartbizflow.crm.activity.ActivityId;
import org.smartbizflow.crm.activity.ActivityPlaybook;
import org.smartbizflow.crm.activity.ActivityPlaybookView;
import org.smartbizflow.crm.activity.ActivityTemplate;
import org.smartbizflow.crm.activity.ActivityTemplateView;
import org.smartbizflow.crm.activity.ActivityType;
import org.smartbizflow.crm.activity.ActivityView;
import org.smartbizflow.crm.activity.FollowUpRule;
import org.smartbizflow.crm.activity.FollowUpRuleView;
import org.smartbizflow.crm.activity.ScheduleOutcome;
import org.smartbizflow.crm.activity.port.in.Activities;
import org.smartbizflow.crm.activity.port.in.ActivityPlaybookUseCase;
import org.smartbizflow.crm.activity.port.in.CompleteActivity;
import org.smartbizflow.crm.activity.port.in.Completion;
import org.smartbizflow.crm.activity.port.in.CreateActivityTemplate;
import org.smartbizflow.crm.activity.port.in.CreateFollowUpRule;
import org.smartbizflow.crm.activity.port.in.ScheduleActivity;
import org.smartbizflow.crm.activity.port.in.UpdateFollowUpRule;
import org.smartbizflow.crm.core.AccessPolicies;
import org.smartbizflow.crm.core.Crm;
import org.smartbizflow.crm.persistence.CrmPersistence;
import org.smartbizflow.crm.shared.Actor;
import org.smartbizflow.crm.shared.Role;
import org.smartbizflow.crm.shared.TenantId;
import org.smartbizflow.crm.shared.ValidationException;

/**
 * The activity playbook as data, in the quick-start demo: a manager changes a tenant's
 * follow-up rules and templates at run time, and completions follow the stored rules. Works
 * in a tenant of its own (a fresh id), so that running the demo again on the same file
 * prints the same.
 */
public final class ActivityPlaybookDemo {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    /** Friday 8 January 2027, 11:00 in Berlin. */
    private static final Instant FRIDAY = ZonedDateTime.of(2027, 1, 8, 11, 0, 0, 0, BERLIN).toInstant();

    private ActivityPlaybookDemo() {
    }

    /** Runs the walk-through on the given store, printing what happens. */
    public static void run(CrmPersistence persistence, PrintStream out) {
        ActivityPlaybook defaults = new ActivityPlaybook(List.of(
                ActivityTemplate.of("call-back", ActivityType.CALL, "Call back: {{subject}}",
                        "Previous attempt: {{outcome}}", Duration.ofMinutes(15)),
                ActivityTemplate.of("demo", ActivityType.MEETING, "Product demo for {{company}}", "Show {{product}}",
                        Duration.ofHours(1))),
                List.of(new FollowUpRule(ActivityType.CALL, "no answer", "call-back", 2)));
        Crm crm = Crm.builder().persistence(persistence).clock(Clock.fixed(FRIDAY.plusSeconds(900), BERLIN))
                .accessPolicy(AccessPolicies.ownerOrManager()).activityPlaybook(defaults).build();
        TenantId tenant = TenantId.of("playbook-" + UUID.randomUUID().toString().substring(0, 8));
        ActivityPlaybookUseCase manager = crm.session(tenant, Actor.user("mgr-mary", Role.SALES_MANAGER))
                .activityPlaybook();
        Activities ada = crm.session(tenant, Actor.user("rep-ada", Role.SALES_REP)).activities();

        out.println("== Activity playbook as data (a new tenant; rules changed at run time)");
        ActivityPlaybookView start = manager.playbook();
        out.println("   default from the builder: templates " + start.templates().stream()
                .map(ActivityTemplateView::key).toList() + ", rules " + start.followUps().stream()
                .map(ActivityPlaybookDemo::describe).toList());

        FollowUpRuleView noAnswer = start.followUps().get(0);
        FollowUpRuleView changed = manager.updateFollowUpRule(UpdateFollowUpRule.of(noAnswer.id(),
                FollowUpRule.withActivity(ActivityType.CALL, "no answer", ActivityTemplate.of("check",
                        ActivityType.TASK, "Check: {{subject}}", null, Duration.ZERO), 1), noAnswer.version()));
        out.println("   changed: " + describe(changed) + " (version " + changed.version() + ")");
        manager.createTemplate(CreateActivityTemplate.of(ActivityTemplate.of("voicemail-retry", ActivityType.CALL,
                "Voicemail retry: {{subject}}", "They heard: {{outcome}}", Duration.ofMinutes(10))));
        FollowUpRuleView voicemail = manager.createFollowUpRule(CreateFollowUpRule.of(new FollowUpRule(
                ActivityType.CALL, "left voicemail", "voicemail-retry", 3)));
        out.println("   added: " + describe(voicemail));
        try {
            manager.createFollowUpRule(CreateFollowUpRule.of(new FollowUpRule(ActivityType.MEETING, "no show",
                    "demo", 1)));
        } catch (ValidationException refused) {
            refused.violations().forEach(v -> out.println("   refused: " + v));
        }

        out.println("   follow-up after 'no answer': " + followUpOf(ada, "no answer"));
        out.println("   follow-up after 'Left voicemail': " + followUpOf(ada, "Left voicemail"));
    }

    private static String followUpOf(Activities ada, String outcome) {
        ActivityId call = ((ScheduleOutcome.Scheduled) ada.schedule(ScheduleActivity.call("Budget call", FRIDAY,
                Duration.ofMinutes(10), BERLIN))).id();
        ActivityId next = ((Completion.Completed) ada.complete(CompleteActivity.of(call, outcome))).followUp();
        ActivityView view = ada.get(next);
        return view.type() + " '" + view.subject() + "' on "
                + view.localStart().toLocalDateTime().toString().replace('T', ' ');
    }

    private static String describe(FollowUpRuleView stored) {
        FollowUpRule rule = stored.rule();
        return rule.whenType() + " '" + rule.outcome() + "' -> " + (rule.templateKey() != null
                ? "template " + rule.templateKey() : "own " + rule.activity().type() + " '" + rule.activity().subject()
                + "'") + " in " + rule.businessDays() + " business day" + (rule.businessDays() == 1 ? "" : "s");
    }
}
