package org.smartbizflow.crm.core.activity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.smartbizflow.crm.activity.ActivityId;
import org.smartbizflow.crm.activity.ActivityPlaybook;
import org.smartbizflow.crm.activity.ActivityTemplate;
import org.smartbizflow.crm.activity.ActivityType;
import org.smartbizflow.crm.activity.FollowUpRule;
import org.smartbizflow.crm.activity.FollowUpRuleView;
import org.smartbizflow.crm.activity.ScheduleOutcome;
import org.smartbizflow.crm.activity.port.in.Activities;
import org.smartbizflow.crm.activity.port.in.ActivityPlaybookUseCase;
import org.smartbizflow.crm.activity.port.in.CompleteActivity;
import org.smartbizflow.crm.activity.port.in.Completion;
import org.smartbizflow.crm.activity.port.in.CreateFollowUpRule;
import org.smartbizflow.crm.activity.port.in.DeleteFollowUpRule;
import org.smartbizflow.crm.activity.port.in.ScheduleActivity;
import org.smartbizflow.crm.activity.port.in.UpdateFollowUpRule;
import org.smartbizflow.crm.core.AccessPolicies;
import org.smartbizflow.crm.core.Crm;
import org.smartbizflow.crm.core.inmemory.InMemoryCrmPersistence;
import org.smartbizflow.crm.shared.Actor;
import org.smartbizflow.crm.shared.Role;
import org.smartbizflow.crm.shared.TenantId;
import org.smartbizflow.crm.shared.ValidationException;

/**
 * Whatever rules a manager creates, changes and deletes, no two of a tenant match the same
 * completion, and a completion plans exactly one follow-up when a stored rule matches its
 * type and outcome (in any case and spacing) and none otherwise.
 */
class FollowUpRuleProperties {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final Instant MONDAY = Instant.parse("2026-03-02T08:00:00Z");
    private static final List<String> OUTCOMES = List.of("no answer", "busy", "left voicemail");
    private static final List<ActivityType> TYPES = List.of(ActivityType.CALL, ActivityType.MEETING);

    /** One step: 0 create, 1 update the n-th rule, 2 delete the n-th rule, 3 complete an activity. */
    record Step(int kind, int n, ActivityType type, String outcome) {
    }

    @Provide
    Arbitrary<List<Step>> steps() {
        Arbitrary<String> spelled = Combinators.combine(Arbitraries.of(OUTCOMES), Arbitraries.of(0, 1, 2))
                .as((outcome, style) -> switch (style) {
                    case 0 -> outcome;
                    case 1 -> outcome.toUpperCase(java.util.Locale.ROOT);
                    default -> "  " + outcome + " ";
                });
        return Combinators.combine(Arbitraries.integers().between(0, 3), Arbitraries.integers().between(0, 5),
                Arbitraries.of(TYPES), spelled).as(Step::new).list().ofMinSize(1).ofMaxSize(25);
    }

    @Property(tries = 60)
    void noTwoRulesMatchOneCompletionAndEachMatchPlansOneFollowUp(@ForAll("steps") List<Step> steps) {
        InMemoryCrmPersistence store = new InMemoryCrmPersistence();
        Crm crm = Crm.builder().persistence(store).clock(java.time.Clock.fixed(MONDAY, BERLIN))
                .accessPolicy(AccessPolicies.ownerOrManager()).activityPlaybook(new ActivityPlaybook(
                        List.of(ActivityTemplate.of("call-back", ActivityType.CALL, "Call back: {{subject}}", null,
                                Duration.ofMinutes(15))),
                        List.of(new FollowUpRule(ActivityType.CALL, "no answer", "call-back", 2))))
                .build();
        TenantId tenant = TenantId.of("t");
        ActivityPlaybookUseCase manager = crm.session(tenant, Actor.user("mary", Role.SALES_MANAGER))
                .activityPlaybook();
        Activities rep = crm.session(tenant, Actor.user("ada", Role.SALES_REP)).activities();

        for (Step step : steps) {
            List<FollowUpRuleView> rules = manager.playbook().followUps();
            try {
                switch (step.kind()) {
                    case 0 -> manager.createFollowUpRule(CreateFollowUpRule.of(rule(step)));
                    case 1 -> {
                        if (!rules.isEmpty()) {
                            FollowUpRuleView target = rules.get(step.n() % rules.size());
                            manager.updateFollowUpRule(UpdateFollowUpRule.of(target.id(), rule(step),
                                    target.version()));
                        }
                    }
                    case 2 -> {
                        if (!rules.isEmpty()) {
                            FollowUpRuleView target = rules.get(step.n() % rules.size());
                            manager.deleteFollowUpRule(DeleteFollowUpRule.of(target.id(), target.version()));
                        }
                    }
                    default -> {
                        Optional<FollowUpRuleView> expected = rules.stream()
                                .filter(r -> r.rule().appliesTo(step.type(), step.outcome())).findFirst();
                        ScheduleActivity planned = step.type() == ActivityType.CALL
                                ? ScheduleActivity.call("Pricing", MONDAY, Duration.ofMinutes(5), BERLIN)
                                : ScheduleActivity.meeting("Pricing", MONDAY, MONDAY.plusSeconds(600), BERLIN);
                        ActivityId done = ((ScheduleOutcome.Scheduled) rep.schedule(planned)).id();
                        ActivityId next = ((Completion.Completed) rep.complete(CompleteActivity.of(done,
                                step.outcome()))).followUp();
                        assertThat(next != null).as("follow-up for %s", step).isEqualTo(expected.isPresent());
                        expected.ifPresent(rule -> assertThat(rep.get(next).type())
                                .isEqualTo(rule.rule().templateKey() != null ? ActivityType.CALL : ActivityType.TASK));
                    }
                }
            } catch (ValidationException refused) {
                // a clashing create or update is refused by field, and changes nothing
                assertThat(refused.violations()).extracting(v -> v.field()).containsExactly("outcome");
                assertThat(manager.playbook().followUps()).isEqualTo(rules);
            }
            List<FollowUpRuleView> after = manager.playbook().followUps();
            for (String outcome : OUTCOMES) {
                for (ActivityType type : TYPES) {
                    assertThat(after.stream().filter(r -> r.rule().appliesTo(type, outcome)).count())
                            .as("rules matching %s '%s'", type, outcome).isLessThanOrEqualTo(1);
                }
            }
        }
    }

    /** Alternates between a rule naming the template and one with its own task. */
    private static FollowUpRule rule(Step step) {
        return step.n() % 2 == 0 ? new FollowUpRule(step.type(), step.outcome(), "call-back", step.n())
                : FollowUpRule.withActivity(step.type(), step.outcome(), ActivityTemplate.of("task",
                ActivityType.TASK, "After {{previousType}}: {{subject}}", null, Duration.ZERO), step.n());
    }
}
