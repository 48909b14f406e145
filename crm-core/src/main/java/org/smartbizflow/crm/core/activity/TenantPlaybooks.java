package org.smartbizflow.crm.core.activity;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.smartbizflow.crm.activity.ActivityPlaybook;
import org.smartbizflow.crm.activity.ActivityPlaybookView;
import org.smartbizflow.crm.activity.ActivityTemplate;
import org.smartbizflow.crm.activity.ActivityTemplateView;
import org.smartbizflow.crm.activity.ActivityType;
import org.smartbizflow.crm.activity.FollowUpRule;
import org.smartbizflow.crm.activity.FollowUpRuleId;
import org.smartbizflow.crm.activity.FollowUpRuleView;
import org.smartbizflow.crm.activity.port.out.ActivityPlaybookRepository;
import org.smartbizflow.crm.shared.TenantId;

/**
 * Which playbook a tenant works with: the one it stored, or else the default the CRM was
 * built with. Every method runs inside the caller's transaction, so a completion reads the
 * rules it applies in the transaction that plans the follow-up.
 */
final class TenantPlaybooks {

    /** What a follow-up rule plans: the next activity's template and how many business days later. */
    record PlannedFollowUp(ActivityTemplate template, int businessDays) {
    }

    private final ActivityPlaybookRepository repository;
    private final ActivityPlaybook defaults;

    TenantPlaybooks(ActivityPlaybookRepository repository, ActivityPlaybook defaults) {
        this.repository = repository;
        this.defaults = defaults;
    }

    /** The tenant's playbook as the activity use cases apply it. */
    ActivityPlaybook current(TenantId tenantId) {
        return repository.hasPlaybook(tenantId) ? view(tenantId).toPlaybook() : defaults;
    }

    /** One template of the tenant's playbook. */
    Optional<ActivityTemplate> template(TenantId tenantId, String key) {
        return repository.hasPlaybook(tenantId)
                ? repository.findTemplate(tenantId, key).map(ActivityTemplateView::template)
                : defaults.template(key);
    }

    /** The tenant's stored playbook, or the default as it would be stored (versions 0). */
    ActivityPlaybookView view(TenantId tenantId) {
        if (repository.hasPlaybook(tenantId)) {
            return new ActivityPlaybookView(repository.templates(tenantId), repository.rules(tenantId));
        }
        return defaultsFor(tenantId, Instant.EPOCH);
    }

    /** The follow-up for a completion, if a rule of the tenant's playbook matches it. */
    Optional<PlannedFollowUp> followUpFor(TenantId tenantId, ActivityType type, String outcome) {
        if (outcome == null || outcome.isBlank()) {
            return Optional.empty();
        }
        if (!repository.hasPlaybook(tenantId)) {
            return defaults.followUpFor(type, outcome)
                    .map(rule -> new PlannedFollowUp(defaults.nextActivityOf(rule), rule.businessDays()));
        }
        return repository.ruleFor(tenantId, type, FollowUpRule.outcomeCode(outcome)).map(stored -> {
            FollowUpRule rule = stored.rule();
            ActivityTemplate template = rule.activity() != null ? rule.activity()
                    : repository.findTemplate(tenantId, rule.templateKey()).map(ActivityTemplateView::template)
                    .orElseThrow(() -> new IllegalStateException("follow-up rule " + stored.id()
                            + " names template '" + rule.templateKey() + "', which is not stored"));
            return new PlannedFollowUp(template, rule.businessDays());
        });
    }

    /**
     * The default playbook as the tenant would store it. Of several default rules for the same
     * type and outcome only the first is kept, as only the first ever applied. Rule ids are
     * derived from the tenant and the rule, so the ids a tenant reads before its playbook is
     * stored are the ids it is stored with.
     */
    ActivityPlaybookView defaultsFor(TenantId tenantId, Instant at) {
        List<ActivityTemplateView> templates = defaults.templates().stream()
                .map(t -> new ActivityTemplateView(tenantId, t, 0, at))
                .sorted(Comparator.comparing(ActivityTemplateView::key)).toList();
        List<FollowUpRuleView> rules = new ArrayList<>();
        Set<String> matched = new HashSet<>();
        for (FollowUpRule rule : defaults.followUps()) {
            String match = rule.whenType() + "|" + rule.outcomeCode();
            if (matched.add(match)) {
                UUID id = UUID.nameUUIDFromBytes(("crm-activity-playbook|" + tenantId.value() + "|" + match)
                        .getBytes(StandardCharsets.UTF_8));
                rules.add(new FollowUpRuleView(FollowUpRuleId.of(id), tenantId, rule, 0, at));
            }
        }
        rules.sort(Comparator.comparing((FollowUpRuleView r) -> r.rule().whenType().name())
                .thenComparing(r -> r.rule().outcomeCode()));
        return new ActivityPlaybookView(templates, rules);
    }
}
