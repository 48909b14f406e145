package org.smartbizflow.crm.core.inmemory;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.smartbizflow.crm.activity.ActivityTemplateView;
import org.smartbizflow.crm.activity.ActivityType;
import org.smartbizflow.crm.activity.FollowUpRuleId;
import org.smartbizflow.crm.activity.FollowUpRuleView;
import org.smartbizflow.crm.activity.port.out.ActivityPlaybookRepository;
import org.smartbizflow.crm.shared.ConcurrencyConflictException;
import org.smartbizflow.crm.shared.NotFoundException;
import org.smartbizflow.crm.shared.Preconditions;
import org.smartbizflow.crm.shared.TenantId;
import org.smartbizflow.crm.shared.ValidationException;

/** Tenants' activity templates and follow-up rules in memory, with the same contract as the database adapters. */
public final class InMemoryActivityPlaybookRepository implements ActivityPlaybookRepository {

    /** The one key of the per-tenant mark: the table is keyed by tenant already. */
    private static final String MARK = "playbook";
    private static final Comparator<FollowUpRuleView> RULE_ORDER = Comparator
            .comparing((FollowUpRuleView r) -> r.rule().whenType().name())
            .thenComparing(r -> r.rule().outcomeCode())
            .thenComparing(r -> r.id().value(), UuidOrder.UNSIGNED);

    private final VersionedTable<String, Instant> marks;
    private final VersionedTable<String, ActivityTemplateView> templates;
    private final VersionedTable<UUID, FollowUpRuleView> rules;

    public InMemoryActivityPlaybookRepository(InMemoryTransactionRunner transactions) {
        this.marks = new VersionedTable<>(transactions, "ActivityPlaybook", at -> 0);
        this.templates = new VersionedTable<>(transactions, "ActivityTemplate", ActivityTemplateView::version);
        this.rules = new VersionedTable<>(transactions, "FollowUpRule", FollowUpRuleView::version);
    }

    @Override
    public boolean hasPlaybook(TenantId tenantId) {
        Preconditions.notNull(tenantId, "tenantId");
        return marks.get(tenantId, MARK).isPresent();
    }

    @Override
    public void insertPlaybook(TenantId tenantId, Instant at) {
        Preconditions.notNull(tenantId, "tenantId");
        Preconditions.notNull(at, "at");
        marks.insert(tenantId, MARK, at);
    }

    @Override
    public Optional<ActivityTemplateView> findTemplate(TenantId tenantId, String key) {
        Preconditions.notNull(tenantId, "tenantId");
        Preconditions.notNull(key, "key");
        return templates.get(tenantId, key);
    }

    @Override
    public List<ActivityTemplateView> templates(TenantId tenantId) {
        Preconditions.notNull(tenantId, "tenantId");
        return templates.rows(tenantId).stream().sorted(Comparator.comparing(ActivityTemplateView::key)).toList();
    }

    @Override
    public void insertTemplate(ActivityTemplateView template) {
        Preconditions.notNull(template, "template");
        templates.write(() -> {
            if (templates.unsafeRows(template.tenantId()).stream().anyMatch(t -> t.key().equals(template.key()))) {
                throw new ValidationException("key", "is already used by another template: " + template.key());
            }
            templates.insert(template.tenantId(), template.key(), template.stored(0, template.updatedAt()));
        });
    }

    @Override
    public void updateTemplate(ActivityTemplateView template) {
        Preconditions.notNull(template, "template");
        templates.update(template.tenantId(), template.key(),
                template.stored(template.version() + 1, template.updatedAt()), template.version());
    }

    @Override
    public void deleteTemplate(TenantId tenantId, String key, long expectedVersion) {
        Preconditions.notNull(tenantId, "tenantId");
        Preconditions.notNull(key, "key");
        templates.write(() -> {
            ActivityTemplateView stored = templates.unsafeRows(tenantId).stream().filter(t -> t.key().equals(key))
                    .findFirst().orElseThrow(() -> new NotFoundException("ActivityTemplate", key));
            if (stored.version() != expectedVersion) {
                throw new ConcurrencyConflictException("ActivityTemplate", key, expectedVersion);
            }
            templates.remove(tenantId, key);
        });
    }

    @Override
    public Optional<FollowUpRuleView> findRule(TenantId tenantId, FollowUpRuleId id) {
        Preconditions.notNull(tenantId, "tenantId");
        Preconditions.notNull(id, "id");
        return rules.get(tenantId, id.value());
    }

    @Override
    public List<FollowUpRuleView> rules(TenantId tenantId) {
        Preconditions.notNull(tenantId, "tenantId");
        return rules.rows(tenantId).stream().sorted(RULE_ORDER).toList();
    }

    @Override
    public List<FollowUpRuleView> rulesUsingTemplate(TenantId tenantId, String templateKey) {
        Preconditions.notNull(tenantId, "tenantId");
        Preconditions.notNull(templateKey, "templateKey");
        return rules(tenantId).stream().filter(r -> templateKey.equals(r.rule().templateKey())).toList();
    }

    @Override
    public Optional<FollowUpRuleView> ruleFor(TenantId tenantId, ActivityType type, String outcomeCode) {
        Preconditions.notNull(tenantId, "tenantId");
        Preconditions.notNull(type, "type");
        Preconditions.notNull(outcomeCode, "outcomeCode");
        return rules.rows(tenantId).stream()
                .filter(r -> r.rule().whenType() == type && r.rule().outcomeCode().equals(outcomeCode))
                .findFirst();
    }

    @Override
    public void insertRule(FollowUpRuleView rule) {
        Preconditions.notNull(rule, "rule");
        rules.write(() -> {
            requireUniqueMatch(rule);
            rules.insert(rule.tenantId(), rule.id().value(), rule.stored(0, rule.updatedAt()));
        });
    }

    @Override
    public void updateRule(FollowUpRuleView rule) {
        Preconditions.notNull(rule, "rule");
        rules.write(() -> {
            requireUniqueMatch(rule);
            rules.update(rule.tenantId(), rule.id().value(), rule.stored(rule.version() + 1, rule.updatedAt()),
                    rule.version());
        });
    }

    private void requireUniqueMatch(FollowUpRuleView rule) {
        for (FollowUpRuleView other : rules.unsafeRows(rule.tenantId())) {
            if (!other.id().equals(rule.id()) && other.rule().whenType() == rule.rule().whenType()
                    && other.rule().outcomeCode().equals(rule.rule().outcomeCode())) {
                throw new ValidationException("outcome", "rule " + other.id() + " already follows up "
                        + rule.rule().whenType() + " with outcome '" + rule.rule().outcome() + "'");
            }
        }
    }

    @Override
    public void deleteRule(TenantId tenantId, FollowUpRuleId id, long expectedVersion) {
        Preconditions.notNull(tenantId, "tenantId");
        Preconditions.notNull(id, "id");
        rules.write(() -> {
            FollowUpRuleView stored = rules.unsafeRows(tenantId).stream().filter(r -> r.id().equals(id))
                    .findFirst().orElseThrow(() -> new NotFoundException("FollowUpRule", id));
            if (stored.version() != expectedVersion) {
                throw new ConcurrencyConflictException("FollowUpRule", id, expectedVersion);
            }
            rules.remove(tenantId, id.value());
        });
    }
}
