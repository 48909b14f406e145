package org.smartbizflow.crm.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.smartbizflow.crm.activity.ActivityTemplate;
import org.smartbizflow.crm.activity.ActivityTemplateView;
import org.smartbizflow.crm.activity.ActivityType;
import org.smartbizflow.crm.activity.FollowUpRule;
import org.smartbizflow.crm.activity.FollowUpRuleId;
import org.smartbizflow.crm.activity.FollowUpRuleView;
import org.smartbizflow.crm.activity.port.out.ActivityPlaybookRepository;
import org.smartbizflow.crm.persistence.CrmPersistence;
import org.smartbizflow.crm.shared.ConcurrencyConflictException;
import org.smartbizflow.crm.shared.NotFoundException;
import org.smartbizflow.crm.shared.TenantId;
import org.smartbizflow.crm.shared.ValidationException;

/**
 * What every {@link ActivityPlaybookRepository} must do, whatever the storage. Subclass it per
 * adapter and return the adapter from {@link #persistence()}; every test works in a tenant of
 * its own.
 */
public abstract class ActivityPlaybookRepositoryContract {

    private static final Instant T0 = Instant.parse("2026-03-02T09:00:00.123456Z");
    private static final Instant T1 = T0.plusSeconds(60);

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

    private void run(Runnable work) {
        tx(() -> {
            work.run();
            return null;
        });
    }

    private ActivityPlaybookRepository repo() {
        return store.activityPlaybooks();
    }

    private ActivityTemplateView template(String key) {
        return new ActivityTemplateView(tenant, new ActivityTemplate(key, ActivityType.MEETING,
                "Demo for {{company}}", "Agenda:\n1. {{product}}; 2. questions \u00e9\u00e8",
                Duration.ofMinutes(45), List.of(Duration.ofMinutes(30), Duration.ZERO)), 0, T0);
    }

    private FollowUpRuleView rule(String outcome, String templateKey) {
        return new FollowUpRuleView(FollowUpRuleId.of(LeadFixtures.nextId()), tenant,
                new FollowUpRule(ActivityType.CALL, outcome, templateKey, 2), 0, T0);
    }

    private FollowUpRuleView ownActivityRule(ActivityType type, String outcome) {
        return new FollowUpRuleView(FollowUpRuleId.of(LeadFixtures.nextId()), tenant,
                FollowUpRule.withActivity(type, outcome, new ActivityTemplate("retry", ActivityType.TASK,
                        "Retry: {{subject}}", null, Duration.ZERO, List.of(Duration.ofHours(1))), 0), 0, T0);
    }

    @Test
    void marksATenantThatKeepsItsOwnPlaybookOnce() {
        TenantId other = LeadFixtures.freshTenant();
        assertThat(tx(() -> repo().hasPlaybook(tenant))).isFalse();

        run(() -> repo().insertPlaybook(tenant, T0));

        assertThat(tx(() -> repo().hasPlaybook(tenant))).isTrue();
        assertThat(tx(() -> repo().hasPlaybook(other))).isFalse();
        assertThatThrownBy(() -> run(() -> repo().insertPlaybook(tenant, T1)))
                .isInstanceOf(ConcurrencyConflictException.class);
        assertThat(tx(() -> repo().hasPlaybook(tenant))).isTrue();
    }

    @Test
    void aMarkInATransactionThatFailsIsNotKept() {
        assertThatThrownBy(() -> run(() -> {
            repo().insertPlaybook(tenant, T0);
            repo().insertTemplate(template("demo"));
            throw new IllegalStateException("boom");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(tx(() -> repo().hasPlaybook(tenant))).isFalse();
        assertThat(tx(() -> repo().templates(tenant))).isEmpty();
    }

    @Test
    void storesAndLoadsEveryFieldOfATemplate() {
        ActivityTemplateView demo = template("demo");
        ActivityTemplateView task = new ActivityTemplateView(tenant, ActivityTemplate.of("chase", ActivityType.TASK,
                "Chase {{subject}}", null, Duration.ZERO), 0, T0);
        run(() -> {
            repo().insertTemplate(demo);
            repo().insertTemplate(task);
        });

        assertThat(tx(() -> repo().findTemplate(tenant, "demo"))).contains(demo);
        assertThat(tx(() -> repo().findTemplate(tenant, "chase"))).contains(task);
        assertThat(tx(() -> repo().findTemplate(tenant, "missing"))).isEmpty();
        assertThat(tx(() -> repo().findTemplate(LeadFixtures.freshTenant(), "demo"))).isEmpty();
        assertThat(tx(() -> repo().templates(tenant))).extracting(ActivityTemplateView::key)
                .containsExactly("chase", "demo");
    }

    @Test
    void aTemplateKeyIsUniquePerTenantOnly() {
        run(() -> repo().insertTemplate(template("demo")));

        assertThatThrownBy(() -> run(() -> repo().insertTemplate(template("demo"))))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.violations()).extracting(v -> v.field()).containsExactly("key"));
        TenantId other = LeadFixtures.freshTenant();
        ActivityTemplateView elsewhere = new ActivityTemplateView(other, template("demo").template(), 0, T0);
        run(() -> repo().insertTemplate(elsewhere));
        assertThat(tx(() -> repo().findTemplate(other, "demo"))).contains(elsewhere);
    }

    @Test
    void updatesATemplateAtTheVersionItWasReadAt() {
        run(() -> repo().insertTemplate(template("demo")));
        ActivityTemplateView changed = new ActivityTemplateView(tenant, ActivityTemplate.of("demo", ActivityType.CALL,
                "Call {{subject}}", null, Duration.ofMinutes(10)), 0, T1);

        run(() -> repo().updateTemplate(changed));

        assertThat(tx(() -> repo().findTemplate(tenant, "demo"))).contains(changed.stored(1, T1));
        assertThatThrownBy(() -> run(() -> repo().updateTemplate(changed)))
                .isInstanceOf(ConcurrencyConflictException.class);
        assertThat(tx(() -> repo().findTemplate(tenant, "demo")).orElseThrow().version()).isEqualTo(1);
        ActivityTemplateView missing = new ActivityTemplateView(tenant, ActivityTemplate.of("nope", ActivityType.CALL,
                "x", null, Duration.ofMinutes(1)), 0, T1);
        assertThatThrownBy(() -> run(() -> repo().updateTemplate(missing))).isInstanceOf(NotFoundException.class);
    }

    @Test
    void deletesATemplateAtTheVersionItWasReadAt() {
        run(() -> repo().insertTemplate(template("demo")));

        assertThatThrownBy(() -> run(() -> repo().deleteTemplate(tenant, "demo", 3)))
                .isInstanceOf(ConcurrencyConflictException.class);
        assertThat(tx(() -> repo().findTemplate(tenant, "demo"))).isPresent();
        assertThatThrownBy(() -> run(() -> repo().deleteTemplate(LeadFixtures.freshTenant(), "demo", 0)))
                .isInstanceOf(NotFoundException.class);

        run(() -> repo().deleteTemplate(tenant, "demo", 0));

        assertThat(tx(() -> repo().findTemplate(tenant, "demo"))).isEmpty();
        assertThatThrownBy(() -> run(() -> repo().deleteTemplate(tenant, "demo", 0)))
                .isInstanceOf(NotFoundException.class);
        run(() -> repo().insertTemplate(template("demo")));
        assertThat(tx(() -> repo().findTemplate(tenant, "demo")).orElseThrow().version()).isZero();
    }

    @Test
    void storesAndLoadsRulesWithATemplateOrAnActivityOfTheirOwn() {
        FollowUpRuleView named = rule("No answer", "demo");
        FollowUpRuleView own = ownActivityRule(ActivityType.MEETING, "Postponed");
        run(() -> {
            repo().insertRule(named);
            repo().insertRule(own);
        });

        assertThat(tx(() -> repo().findRule(tenant, named.id()))).contains(named);
        assertThat(tx(() -> repo().findRule(tenant, own.id()))).contains(own);
        assertThat(tx(() -> repo().findRule(LeadFixtures.freshTenant(), own.id()))).isEmpty();
        assertThat(tx(() -> repo().rules(tenant))).containsExactly(named, own);
        assertThat(tx(() -> repo().rulesUsingTemplate(tenant, "demo"))).containsExactly(named);
        assertThat(tx(() -> repo().rulesUsingTemplate(tenant, "retry"))).isEmpty();
    }

    @Test
    void findsTheRuleForACompletionByTypeAndOutcomeCode() {
        FollowUpRuleView noAnswer = rule("No Answer", "demo");
        FollowUpRuleView busy = rule("busy", "demo");
        FollowUpRuleView meeting = ownActivityRule(ActivityType.MEETING, "no answer");
        run(() -> {
            repo().insertRule(noAnswer);
            repo().insertRule(busy);
            repo().insertRule(meeting);
        });

        assertThat(tx(() -> repo().ruleFor(tenant, ActivityType.CALL, "no answer"))).contains(noAnswer);
        assertThat(tx(() -> repo().ruleFor(tenant, ActivityType.MEETING, "no answer"))).contains(meeting);
        assertThat(tx(() -> repo().ruleFor(tenant, ActivityType.TASK, "no answer"))).isEmpty();
        assertThat(tx(() -> repo().ruleFor(tenant, ActivityType.CALL, "reached"))).isEmpty();
        assertThat(tx(() -> repo().ruleFor(LeadFixtures.freshTenant(), ActivityType.CALL, "no answer"))).isEmpty();
        assertThat(tx(() -> repo().rules(tenant))).containsExactly(busy, noAnswer, meeting);
    }

    @Test
    void twoRulesNeverMatchTheSameCompletion() {
        FollowUpRuleView first = rule("No answer", "demo");
        FollowUpRuleView other = rule("busy", "demo");
        run(() -> {
            repo().insertRule(first);
            repo().insertRule(other);
        });

        assertThatThrownBy(() -> run(() -> repo().insertRule(rule(" no ANSWER ", "demo"))))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.violations()).extracting(v -> v.field()).containsExactly("outcome"));
        FollowUpRuleView clash = new FollowUpRuleView(other.id(), tenant,
                new FollowUpRule(ActivityType.CALL, "no answer", "demo", 1), 0, T1);
        assertThatThrownBy(() -> run(() -> repo().updateRule(clash)))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.violations()).extracting(v -> v.field()).containsExactly("outcome"));
        assertThat(tx(() -> repo().rules(tenant))).containsExactly(other, first);
        TenantId elsewhere = LeadFixtures.freshTenant();
        FollowUpRuleView sameElsewhere = new FollowUpRuleView(FollowUpRuleId.of(LeadFixtures.nextId()), elsewhere,
                first.rule(), 0, T0);
        run(() -> repo().insertRule(sameElsewhere));
        assertThat(tx(() -> repo().ruleFor(elsewhere, ActivityType.CALL, "no answer"))).contains(sameElsewhere);
    }

    @Test
    void updatesAndDeletesARuleAtTheVersionItWasReadAt() {
        FollowUpRuleView stored = rule("No answer", "demo");
        run(() -> repo().insertRule(stored));
        FollowUpRuleView changed = new FollowUpRuleView(stored.id(), tenant, FollowUpRule.withActivity(
                ActivityType.CALL, "No answer", ActivityTemplate.of("again", ActivityType.CALL, "Again: {{subject}}",
                        "Last: {{outcome}}", Duration.ofMinutes(5)), 4), 0, T1);

        run(() -> repo().updateRule(changed));

        assertThat(tx(() -> repo().findRule(tenant, stored.id()))).contains(changed.stored(1, T1));
        assertThat(tx(() -> repo().rulesUsingTemplate(tenant, "demo"))).isEmpty();
        assertThatThrownBy(() -> run(() -> repo().updateRule(changed)))
                .isInstanceOf(ConcurrencyConflictException.class);
        assertThatThrownBy(() -> run(() -> repo().updateRule(rule("x", "demo").stored(0, T1))))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> run(() -> repo().deleteRule(tenant, stored.id(), 0)))
                .isInstanceOf(ConcurrencyConflictException.class);
        assertThat(tx(() -> repo().findRule(tenant, stored.id()))).isPresent();

        run(() -> repo().deleteRule(tenant, stored.id(), 1));

        assertThat(tx(() -> repo().findRule(tenant, stored.id()))).isEmpty();
        assertThat(tx(() -> repo().ruleFor(tenant, ActivityType.CALL, "no answer"))).isEmpty();
        assertThatThrownBy(() -> run(() -> repo().deleteRule(tenant, stored.id(), 1)))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void writesInATransactionThatFailsAreUndone() {
        FollowUpRuleView kept = rule("busy", "demo");
        run(() -> {
            repo().insertTemplate(template("demo"));
            repo().insertRule(kept);
        });

        assertThatThrownBy(() -> run(() -> {
            repo().insertTemplate(template("other"));
            repo().deleteRule(tenant, kept.id(), 0);
            repo().updateTemplate(template("demo").stored(0, T1));
            throw new IllegalStateException("boom");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(tx(() -> repo().templates(tenant))).containsExactly(template("demo"));
        assertThat(tx(() -> repo().rules(tenant))).containsExactly(kept);
    }
}
