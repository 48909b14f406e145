package org.smartbizflow.crm.jpa.internal.activity;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.smartbizflow.crm.activity.ActivityTemplateView;
import org.smartbizflow.crm.activity.ActivityType;
import org.smartbizflow.crm.activity.FollowUpRuleId;
import org.smartbizflow.crm.activity.FollowUpRuleView;
import org.smartbizflow.crm.activity.port.out.ActivityPlaybookRepository;
import org.smartbizflow.crm.jpa.internal.shared.PersistenceFailures;
import org.smartbizflow.crm.shared.ConcurrencyConflictException;
import org.smartbizflow.crm.shared.NotFoundException;
import org.smartbizflow.crm.shared.Preconditions;
import org.smartbizflow.crm.shared.TenantId;
import org.smartbizflow.crm.shared.ValidationException;

/**
 * Tenants' playbooks in {@code crm_activity_playbook} (the mark), {@code crm_activity_template}
 * and {@code crm_activity_follow_up}. A completion finds its rule by one lookup on the unique
 * key (tenant, type, outcome code), which also keeps two rules from matching the same
 * completion when writers race. Writes are flushed at once so that a broken key or a lost
 * update reaches the caller in the CRM's terms.
 */
public final class JpaActivityPlaybookRepository implements ActivityPlaybookRepository {

    private final Supplier<EntityManager> entityManager;

    public JpaActivityPlaybookRepository(Supplier<EntityManager> entityManager) {
        this.entityManager = Objects.requireNonNull(entityManager, "entityManager");
    }

    /** The entity classes this adapter maps. */
    public static List<Class<?>> entityClasses() {
        return List.of(PlaybookMarkEntity.class, ActivityTemplateEntity.class, ActivityTemplateEntity.Key.class,
                FollowUpRuleEntity.class);
    }

    @Override
    public boolean hasPlaybook(TenantId tenantId) {
        Preconditions.notNull(tenantId, "tenantId");
        return entityManager.get().find(PlaybookMarkEntity.class, tenantId.value()) != null;
    }

    @Override
    public void insertPlaybook(TenantId tenantId, Instant at) {
        Preconditions.notNull(tenantId, "tenantId");
        Preconditions.notNull(at, "at");
        if (hasPlaybook(tenantId)) {
            throw new ConcurrencyConflictException("ActivityPlaybook", tenantId, 0);
        }
        EntityManager em = entityManager.get();
        em.persist(new PlaybookMarkEntity(tenantId.value(), at));
        flush(em, () -> new ConcurrencyConflictException("ActivityPlaybook", tenantId, 0));
    }

    // ---- templates ---------------------------------------------------------------------------

    private Optional<ActivityTemplateEntity> templateRow(TenantId tenantId, String key) {
        return Optional.ofNullable(entityManager.get().find(ActivityTemplateEntity.class,
                new ActivityTemplateEntity.Key(tenantId.value(), key)));
    }

    @Override
    public Optional<ActivityTemplateView> findTemplate(TenantId tenantId, String key) {
        Preconditions.notNull(tenantId, "tenantId");
        Preconditions.notNull(key, "key");
        return templateRow(tenantId, key).map(PlaybookMapper::toView);
    }

    @Override
    public List<ActivityTemplateView> templates(TenantId tenantId) {
        Preconditions.notNull(tenantId, "tenantId");
        return entityManager.get()
                .createQuery("select t from CrmActivityTemplate t where t.id.tenantId = :tenant "
                        + "order by t.id.templateKey", ActivityTemplateEntity.class)
                .setParameter("tenant", tenantId.value())
                .getResultStream().map(PlaybookMapper::toView).toList();
    }

    @Override
    public void insertTemplate(ActivityTemplateView template) {
        Preconditions.notNull(template, "template");
        if (templateRow(template.tenantId(), template.key()).isPresent()) {
            throw keyTaken(template.key());
        }
        ActivityTemplateEntity row = new ActivityTemplateEntity(new ActivityTemplateEntity.Key(template.tenantId().value(), template.key()));
        PlaybookMapper.copyInto(template, row);
        EntityManager em = entityManager.get();
        em.persist(row);
        flush(em, () -> keyTaken(template.key()));
    }

    private static ValidationException keyTaken(String key) {
        return new ValidationException("key", "is already used by another template: " + key);
    }

    @Override
    public void updateTemplate(ActivityTemplateView template) {
        Preconditions.notNull(template, "template");
        ActivityTemplateEntity row = templateRow(template.tenantId(), template.key())
                .orElseThrow(() -> new NotFoundException("ActivityTemplate", template.key()));
        if (row.version != template.version()) {
            throw new ConcurrencyConflictException("ActivityTemplate", template.key(), template.version());
        }
        PlaybookMapper.copyInto(template, row);
        flush(entityManager.get(), () -> keyTaken(template.key()));
    }

    @Override
    public void deleteTemplate(TenantId tenantId, String key, long expectedVersion) {
        Preconditions.notNull(tenantId, "tenantId");
        Preconditions.notNull(key, "key");
        ActivityTemplateEntity row = templateRow(tenantId, key)
                .orElseThrow(() -> new NotFoundException("ActivityTemplate", key));
        if (row.version != expectedVersion) {
            throw new ConcurrencyConflictException("ActivityTemplate", key, expectedVersion);
        }
        EntityManager em = entityManager.get();
        em.remove(row);
        flush(em, () -> new ConcurrencyConflictException("ActivityTemplate", key, expectedVersion));
    }

    // ---- rules -------------------------------------------------------------------------------

    private Optional<FollowUpRuleEntity> ruleRow(TenantId tenantId, FollowUpRuleId id) {
        FollowUpRuleEntity row = entityManager.get().find(FollowUpRuleEntity.class, id.value());
        return row != null && row.tenantId.equals(tenantId.value()) ? Optional.of(row) : Optional.empty();
    }

    @Override
    public Optional<FollowUpRuleView> findRule(TenantId tenantId, FollowUpRuleId id) {
        Preconditions.notNull(tenantId, "tenantId");
        Preconditions.notNull(id, "id");
        return ruleRow(tenantId, id).map(PlaybookMapper::toView);
    }

    @Override
    public List<FollowUpRuleView> rules(TenantId tenantId) {
        Preconditions.notNull(tenantId, "tenantId");
        return entityManager.get()
                .createQuery("select r from CrmActivityFollowUp r where r.tenantId = :tenant "
                        + "order by r.whenType, r.outcomeCode", FollowUpRuleEntity.class)
                .setParameter("tenant", tenantId.value())
                .getResultStream().map(PlaybookMapper::toView).toList();
    }

    @Override
    public List<FollowUpRuleView> rulesUsingTemplate(TenantId tenantId, String templateKey) {
        Preconditions.notNull(tenantId, "tenantId");
        Preconditions.notNull(templateKey, "templateKey");
        return entityManager.get()
                .createQuery("select r from CrmActivityFollowUp r where r.tenantId = :tenant "
                        + "and r.templateKey = :key order by r.whenType, r.outcomeCode", FollowUpRuleEntity.class)
                .setParameter("tenant", tenantId.value())
                .setParameter("key", templateKey)
                .getResultStream().map(PlaybookMapper::toView).toList();
    }

    @Override
    public Optional<FollowUpRuleView> ruleFor(TenantId tenantId, ActivityType type, String outcomeCode) {
        Preconditions.notNull(tenantId, "tenantId");
        Preconditions.notNull(type, "type");
        Preconditions.notNull(outcomeCode, "outcomeCode");
        return entityManager.get()
                .createQuery("select r from CrmActivityFollowUp r where r.tenantId = :tenant "
                        + "and r.whenType = :type and r.outcomeCode = :code", FollowUpRuleEntity.class)
                .setParameter("tenant", tenantId.value())
                .setParameter("type", type.name())
                .setParameter("code", outcomeCode)
                .getResultStream().findFirst().map(PlaybookMapper::toView);
    }

    @Override
    public void insertRule(FollowUpRuleView rule) {
        Preconditions.notNull(rule, "rule");
        requireUniqueMatch(rule);
        FollowUpRuleEntity row = new FollowUpRuleEntity(rule.id().value(), rule.tenantId().value());
        PlaybookMapper.copyInto(rule, row);
        EntityManager em = entityManager.get();
        em.persist(row);
        flush(em, () -> matchTaken(rule, null));
    }

    @Override
    public void updateRule(FollowUpRuleView rule) {
        Preconditions.notNull(rule, "rule");
        FollowUpRuleEntity row = ruleRow(rule.tenantId(), rule.id())
                .orElseThrow(() -> new NotFoundException("FollowUpRule", rule.id()));
        if (row.version != rule.version()) {
            throw new ConcurrencyConflictException("FollowUpRule", rule.id(), rule.version());
        }
        requireUniqueMatch(rule);
        PlaybookMapper.copyInto(rule, row);
        flush(entityManager.get(), () -> matchTaken(rule, null));
    }

    private void requireUniqueMatch(FollowUpRuleView rule) {
        ruleFor(rule.tenantId(), rule.rule().whenType(), rule.rule().outcomeCode())
                .filter(other -> !other.id().equals(rule.id()))
                .ifPresent(other -> {
                    throw matchTaken(rule, other.id());
                });
    }

    private static ValidationException matchTaken(FollowUpRuleView rule, FollowUpRuleId other) {
        return new ValidationException("outcome", (other == null ? "another rule" : "rule " + other)
                + " already follows up " + rule.rule().whenType() + " with outcome '" + rule.rule().outcome() + "'");
    }

    @Override
    public void deleteRule(TenantId tenantId, FollowUpRuleId id, long expectedVersion) {
        Preconditions.notNull(tenantId, "tenantId");
        Preconditions.notNull(id, "id");
        FollowUpRuleEntity row = ruleRow(tenantId, id).orElseThrow(() -> new NotFoundException("FollowUpRule", id));
        if (row.version != expectedVersion) {
            throw new ConcurrencyConflictException("FollowUpRule", id, expectedVersion);
        }
        EntityManager em = entityManager.get();
        em.remove(row);
        flush(em, () -> new ConcurrencyConflictException("FollowUpRule", id, expectedVersion));
    }

    /**
     * Flushes; a broken key becomes what {@code onIntegrityViolation} makes, a lost update a
     * {@link ConcurrencyConflictException}.
     */
    private static void flush(EntityManager em, Supplier<RuntimeException> onIntegrityViolation) {
        try {
            em.flush();
        } catch (PersistenceException failure) {
            if (PersistenceFailures.isIntegrityViolation(failure)) {
                throw onIntegrityViolation.get();
            }
            throw PersistenceFailures.translate(failure);
        }
    }
}
