package org.smartbizflow.crm.core.activity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.smartbizflow.crm.activity.ActivityId;
import org.smartbizflow.crm.activity.ActivityPlaybook;
import org.smartbizflow.crm.activity.ActivityPlaybookView;
import org.smartbizflow.crm.activity.ActivityTemplate;
import org.smartbizflow.crm.activity.ActivityTemplateView;
import org.smartbizflow.crm.activity.ActivityType;
import org.smartbizflow.crm.activity.ActivityView;
import org.smartbizflow.crm.activity.FollowUpRule;
import org.smartbizflow.crm.activity.FollowUpRuleId;
import org.smartbizflow.crm.activity.FollowUpRuleView;
import org.smartbizflow.crm.activity.RecordLink;
import org.smartbizflow.crm.activity.ScheduleOutcome;
import org.smartbizflow.crm.activity.port.in.Activities;
import org.smartbizflow.crm.activity.port.in.ActivityPlaybookUseCase;
import org.smartbizflow.crm.activity.port.in.CompleteActivity;
import org.smartbizflow.crm.activity.port.in.Completion;
import org.smartbizflow.crm.activity.port.in.CreateActivityTemplate;
import org.smartbizflow.crm.activity.port.in.CreateFollowUpRule;
import org.smartbizflow.crm.activity.port.in.DeleteActivityTemplate;
import org.smartbizflow.crm.activity.port.in.DeleteFollowUpRule;
import org.smartbizflow.crm.activity.port.in.ScheduleActivity;
import org.smartbizflow.crm.activity.port.in.ScheduleFromTemplate;
import org.smartbizflow.crm.activity.port.in.UpdateActivityTemplate;
import org.smartbizflow.crm.activity.port.in.UpdateFollowUpRule;
import org.smartbizflow.crm.core.AccessPolicies;
import org.smartbizflow.crm.core.Crm;
import org.smartbizflow.crm.core.inmemory.InMemoryCrmPersistence;
import org.smartbizflow.crm.opportunity.OpportunityId;
import org.smartbizflow.crm.shared.AccessDeniedException;
import org.smartbizflow.crm.shared.Actor;
import org.smartbizflow.crm.shared.AuditEntry;
import org.smartbizflow.crm.shared.ConcurrencyConflictException;
import org.smartbizflow.crm.shared.EventEnvelope;
import org.smartbizflow.crm.shared.NotFoundException;
import org.smartbizflow.crm.shared.Role;
import org.smartbizflow.crm.shared.TenantId;
import org.smartbizflow.crm.shared.ValidationException;

/** Templates and follow-up rules as per-tenant data, managed at run time. */
class ActivityPlaybookTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final TenantId ACME = TenantId.of("acme");
    private static final TenantId GLOBEX = TenantId.of("globex");
    /** Friday 6 March 2026, 14:00 in Berlin. */
    private static final Instant FRIDAY = ZonedDateTime.of(2026, 3, 6, 14, 0, 0, 0, BERLIN).toInstant();

    private final MutableClock clock = new MutableClock(FRIDAY.minus(Duration.ofDays(7)));
    private final InMemoryCrmPersistence store = new InMemoryCrmPersistence();
    private final List<EventEnvelope> published = new ArrayList<>();
    private final ActivityPlaybook defaults = new ActivityPlaybook(List.of(
            ActivityTemplate.of("call-back", ActivityType.CALL, "Call back: {{subject}}", "Last time: {{outcome}}",
                    Duration.ofMinutes(15))),
            List.of(new FollowUpRule(ActivityType.CALL, "No answer", "call-back", 2),
                    new FollowUpRule(ActivityType.CALL, "no answer", "call-back", 5)));
    private final Crm crm = Crm.builder().persistence(store).clock(clock).events(published::add)
            .accessPolicy(AccessPolicies.ownerOrManager()).activityPlaybook(defaults).build();
    private final ActivityPlaybookUseCase boss = crm.session(ACME, Actor.user("mary", Role.SALES_MANAGER))
            .activityPlaybook();
    private final ActivityPlaybookUseCase rep = crm.session(ACME, Actor.user("ada", Role.SALES_REP))
            .activityPlaybook();
    private final Activities ada = crm.session(ACME, Actor.user("ada", Role.SALES_REP)).activities();
    private final Activities globexAda = crm.session(GLOBEX, Actor.user("ada", Role.SALES_REP)).activities();

    private static ActivityId scheduled(ScheduleOutcome outcome) {
        assertThat(outcome).isInstanceOf(ScheduleOutcome.Scheduled.class);
        return ((ScheduleOutcome.Scheduled) outcome).id();
    }

    /** Completes a Friday call with the outcome; returns the follow-up planned, or null. */
    private ActivityView completeCall(Activities who, String outcome) {
        clock.set(FRIDAY.minus(Duration.ofHours(1)));
        ActivityId call = scheduled(who.schedule(ScheduleActivity.call("Pricing", FRIDAY, Duration.ofMinutes(10),
                BERLIN).about(RecordLink.opportunity(OpportunityId.of(UUID.randomUUID())))));
        clock.set(FRIDAY.plus(Duration.ofMinutes(20)));
        ActivityId next = ((Completion.Completed) who.complete(CompleteActivity.of(call, outcome))).followUp();
        return next == null ? null : who.get(next);
    }

    private static List<String> fields(Throwable e) {
        return ((ValidationException) e).violations().stream().map(v -> v.field()).toList();
    }

    @Test
    void aTenantThatStoredNothingWorksWithTheBuildersPlaybook() {
        ActivityPlaybookView view = rep.playbook();

        assertThat(view.templates()).extracting(ActivityTemplateView::key).containsExactly("call-back");
        assertThat(view.followUps()).singleElement().satisfies(rule -> {
            assertThat(rule.rule().businessDays()).isEqualTo(2);
            assertThat(rule.version()).isZero();
        });
        assertThat(store.transactions().inTransaction(() -> store.activityPlaybooks().hasPlaybook(ACME))).isFalse();
        assertThat(completeCall(ada, "no answer").localStart())
                .isEqualTo(ZonedDateTime.of(2026, 3, 10, 14, 0, 0, 0, BERLIN));
        assertThat(published).extracting(e -> e.event().type()).doesNotContain("ActivityTemplateStored");
    }

    @Test
    void theFirstChangeStoresTheDefaultAsTheTenantsOwnWithTheIdsItShowed() {
        FollowUpRuleView shown = boss.playbook().followUps().get(0);

        FollowUpRuleView changed = boss.updateFollowUpRule(UpdateFollowUpRule.of(shown.id(),
                new FollowUpRule(ActivityType.CALL, "No answer", "call-back", 1), shown.version()));

        assertThat(changed.id()).isEqualTo(shown.id());
        assertThat(changed.version()).isEqualTo(1);
        assertThat(boss.playbook().templates()).extracting(ActivityTemplateView::key).containsExactly("call-back");
        assertThat(completeCall(ada, "No Answer").localStart())
                .isEqualTo(ZonedDateTime.of(2026, 3, 9, 14, 0, 0, 0, BERLIN));
        // another tenant still has the default
        assertThat(completeCall(globexAda, "no answer").localStart())
                .isEqualTo(ZonedDateTime.of(2026, 3, 10, 14, 0, 0, 0, BERLIN));
        assertThat(published).extracting(e -> e.event().type())
                .contains("ActivityTemplateStored", "FollowUpRuleStored");
    }

    @Test
    void createsTemplatesAndRulesThatCompletionsAndSchedulingUse() {
        boss.createTemplate(CreateActivityTemplate.of(new ActivityTemplate("demo", ActivityType.MEETING,
                "Demo for {{company}}", null, Duration.ofHours(1), List.of(Duration.ofMinutes(30)))));
        FollowUpRuleView rule = boss.createFollowUpRule(CreateFollowUpRule.of(FollowUpRule.withActivity(
                ActivityType.CALL, "Busy", ActivityTemplate.of("retry", ActivityType.TASK, "Retry {{subject}}",
                        "{{previousType}} by {{owner}}: {{outcome}}", Duration.ZERO), 0)));

        assertThat(rule.version()).isZero();
        assertThat(ada.templates()).extracting(ActivityTemplate::key).containsExactly("call-back", "demo");
        ActivityId demo = scheduled(ada.scheduleFromTemplate(ScheduleFromTemplate.of("demo", FRIDAY, BERLIN,
                Map.of("company", "Engines Ltd"))));
        assertThat(ada.get(demo).subject()).isEqualTo("Demo for Engines Ltd");
        ActivityView retry = completeCall(ada, "busy");
        assertThat(retry.type()).isEqualTo(ActivityType.TASK);
        assertThat(retry.subject()).isEqualTo("Retry Pricing");
        assertThat(retry.body()).isEqualTo("CALL by ada: busy");
        assertThat(retry.localStart().toLocalDate()).isEqualTo(FRIDAY.atZone(BERLIN).toLocalDate());
        assertThat(completeCall(ada, "reached")).isNull();
        List<AuditEntry> audit = store.transactions().inTransaction(() ->
                store.auditLog().history(ACME, "FollowUpRule", rule.id().toString()));
        assertThat(audit).extracting(AuditEntry::field).contains("whenType", "outcome", "activity", "businessDays");
    }

    @Test
    void updatesAndDeletesWithOptimisticVersions() {
        ActivityTemplateView created = boss.createTemplate(CreateActivityTemplate.of(ActivityTemplate.of("chase",
                ActivityType.TASK, "Chase {{subject}}", null, Duration.ZERO)));
        ActivityTemplate changed = ActivityTemplate.of("chase", ActivityType.CALL, "Chase call: {{subject}}", null,
                Duration.ofMinutes(5));

        ActivityTemplateView updated = boss.updateTemplate(UpdateActivityTemplate.of(changed, created.version()));

        assertThat(updated.version()).isEqualTo(1);
        assertThat(updated.template()).isEqualTo(changed);
        assertThatThrownBy(() -> boss.updateTemplate(UpdateActivityTemplate.of(changed, 0)))
                .isInstanceOf(ConcurrencyConflictException.class);
        assertThatThrownBy(() -> boss.deleteTemplate(DeleteActivityTemplate.of("chase", 0)))
                .isInstanceOf(ConcurrencyConflictException.class);
        boss.deleteTemplate(DeleteActivityTemplate.of("chase", 1));
        assertThat(boss.playbook().templates()).extracting(ActivityTemplateView::key).containsExactly("call-back");
        assertThatThrownBy(() -> boss.deleteTemplate(DeleteActivityTemplate.of("chase", 1)))
                .isInstanceOf(NotFoundException.class);
        List<AuditEntry> audit = store.transactions().inTransaction(() ->
                store.auditLog().history(ACME, "ActivityTemplate", "chase"));
        assertThat(audit).extracting(AuditEntry::field).contains("type", "subject", "defaultDuration", "deleted");

        FollowUpRuleView rule = boss.playbook().followUps().get(0);
        boss.deleteFollowUpRule(DeleteFollowUpRule.of(rule.id(), rule.version()));
        assertThat(boss.playbook().followUps()).isEmpty();
        assertThat(completeCall(ada, "no answer")).as("no rule, no follow-up, not the default again").isNull();
        assertThatThrownBy(() -> boss.updateFollowUpRule(UpdateFollowUpRule.of(rule.id(), rule.rule(), 0)))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void badTemplatesAndRulesNameTheFieldAndStoreNothing() {
        assertThatThrownBy(() -> boss.createTemplate(CreateActivityTemplate.of(ActivityTemplate.of("x",
                ActivityType.CALL, "Call {{ name", null, Duration.ofMinutes(5)))))
                .satisfies(e -> assertThat(fields(e)).containsExactly("template.subject"));
        assertThatThrownBy(() -> boss.createTemplate(CreateActivityTemplate.of(ActivityTemplate.of("x",
                ActivityType.CALL, "Call", "{{1st}}", Duration.ofMinutes(5)))))
                .satisfies(e -> assertThat(fields(e)).containsExactly("template.body"));
        assertThatThrownBy(() -> boss.createTemplate(CreateActivityTemplate.of(ActivityTemplate.of("x",
                ActivityType.MEETING, "Meet", null, Duration.ZERO))))
                .satisfies(e -> assertThat(fields(e)).containsExactly("template.defaultDuration"));
        assertThatThrownBy(() -> boss.createTemplate(CreateActivityTemplate.of(new ActivityTemplate("x",
                ActivityType.CALL, "Call", null, Duration.ofMinutes(5), List.of(Duration.ofMinutes(-5))))))
                .satisfies(e -> assertThat(fields(e)).containsExactly("template.reminders"));
        assertThatThrownBy(() -> boss.createTemplate(CreateActivityTemplate.of(ActivityTemplate.of("call-back",
                ActivityType.CALL, "Call", null, Duration.ofMinutes(5)))))
                .satisfies(e -> assertThat(fields(e)).containsExactly("key"));
        assertThatThrownBy(() -> boss.createTemplate(null))
                .isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> boss.createFollowUpRule(CreateFollowUpRule.of(new FollowUpRule(ActivityType.CALL,
                "voicemail", "missing", 1))))
                .satisfies(e -> assertThat(fields(e)).containsExactly("rule.templateKey"));
        boss.createTemplate(CreateActivityTemplate.of(ActivityTemplate.of("demo", ActivityType.MEETING,
                "Demo for {{company}}", null, Duration.ofHours(1))));
        assertThatThrownBy(() -> boss.createFollowUpRule(CreateFollowUpRule.of(new FollowUpRule(ActivityType.CALL,
                "voicemail", "demo", 1))))
                .satisfies(e -> assertThat(fields(e)).containsExactly("rule.templateKey"))
                .hasMessageContaining("{{company}}");
        assertThatThrownBy(() -> boss.createFollowUpRule(CreateFollowUpRule.of(FollowUpRule.withActivity(
                ActivityType.CALL, "voicemail", ActivityTemplate.of("own", ActivityType.CALL, "Call {{who}}", null,
                        Duration.ofMinutes(5)), 1))))
                .isInstanceOf(ValidationException.class).hasMessageContaining("{{who}}");
        assertThatThrownBy(() -> boss.createFollowUpRule(CreateFollowUpRule.of(FollowUpRule.withActivity(
                ActivityType.CALL, "voicemail", ActivityTemplate.of("own", ActivityType.CALL, "Call", null,
                        Duration.ZERO), 1))))
                .satisfies(e -> assertThat(fields(e)).containsExactly("rule.activity.defaultDuration"));
        assertThatThrownBy(() -> new FollowUpRule(ActivityType.CALL, "x", "call-back", -1))
                .satisfies(e -> assertThat(fields(e)).containsExactly("rule.businessDays"));
        assertThatThrownBy(() -> new FollowUpRule(ActivityType.CALL, "x", null, null, 1))
                .satisfies(e -> assertThat(fields(e)).containsExactly("rule.templateKey"));
        assertThatThrownBy(() -> boss.createFollowUpRule(CreateFollowUpRule.of(new FollowUpRule(ActivityType.CALL,
                " NO ANSWER", "call-back", 1))))
                .satisfies(e -> assertThat(fields(e)).containsExactly("outcome"));
        // a template rules use keeps to the placeholders a follow-up fills, and is not deleted
        ActivityTemplateView callBack = boss.playbook().templates().get(0);
        assertThatThrownBy(() -> boss.updateTemplate(UpdateActivityTemplate.of(ActivityTemplate.of("call-back",
                ActivityType.CALL, "Call {{company}}", null, Duration.ofMinutes(5)), callBack.version())))
                .satisfies(e -> assertThat(fields(e)).containsExactly("template.subject"));
        assertThatThrownBy(() -> boss.updateTemplate(UpdateActivityTemplate.of(ActivityTemplate.of("call-back",
                ActivityType.CALL, "Call {{subject}}", "For {{company}}", Duration.ofMinutes(5)), callBack.version())))
                .satisfies(e -> assertThat(fields(e)).containsExactly("template.body"));
        assertThatThrownBy(() -> boss.createTemplate(CreateActivityTemplate.of(ActivityTemplate.of("x",
                ActivityType.CALL, "Call", null, Duration.ofMillis(1500)))))
                .satisfies(e -> assertThat(fields(e)).containsExactly("template.defaultDuration"));
        assertThatThrownBy(() -> boss.deleteTemplate(DeleteActivityTemplate.of("call-back", callBack.version())))
                .satisfies(e -> assertThat(fields(e)).containsExactly("key"));

        ActivityPlaybookView after = boss.playbook();
        assertThat(after.templates()).extracting(ActivityTemplateView::key).containsExactly("call-back", "demo");
        assertThat(after.templates().get(0)).isEqualTo(callBack);
        assertThat(after.followUps()).hasSize(1);
    }

    @Test
    void onlyManagersChangeThePlaybookAndEveryoneReadsIt() {
        assertThat(rep.playbook().templates()).hasSize(1);
        assertThatThrownBy(() -> rep.createTemplate(CreateActivityTemplate.of(ActivityTemplate.of("x",
                ActivityType.CALL, "Call", null, Duration.ofMinutes(5))))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> rep.deleteFollowUpRule(DeleteFollowUpRule.of(FollowUpRuleId.of(UUID.randomUUID()),
                0))).isInstanceOf(AccessDeniedException.class);
        assertThat(store.transactions().inTransaction(() -> store.activityPlaybooks().hasPlaybook(ACME))).isFalse();
    }

    @Test
    void aFollowUpIsPlannedOnceAndAFailedCompletionPlansNone() {
        FollowUpRuleView shown = boss.playbook().followUps().get(0);
        boss.updateFollowUpRule(UpdateFollowUpRule.of(shown.id(), shown.rule(), 0));
        clock.set(FRIDAY.minus(Duration.ofHours(1)));
        ActivityId call = scheduled(ada.schedule(ScheduleActivity.call("Pricing", FRIDAY, Duration.ofMinutes(10),
                BERLIN)));
        clock.set(FRIDAY.plus(Duration.ofMinutes(20)));

        Completion first = ada.complete(CompleteActivity.of(call, "no answer"));
        Completion again = ada.complete(CompleteActivity.of(call, "no answer"));

        assertThat(first).isInstanceOf(Completion.Completed.class);
        assertThat(again).isInstanceOf(Completion.Refused.class);
        long calls = ada.list(org.smartbizflow.crm.activity.port.in.ListActivities.firstPage(
                org.smartbizflow.crm.activity.ActivityFilter.any().ofTypes(ActivityType.CALL))).items().size();
        assertThat(calls).isEqualTo(2);
    }
}
