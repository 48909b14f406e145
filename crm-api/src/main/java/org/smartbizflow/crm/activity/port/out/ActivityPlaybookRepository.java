package org.smartbizflow.crm.activity.port.out;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.smartbizflow.crm.activity.ActivityTemplateView;
import org.smartbizflow.crm.activity.ActivityType;
import org.smartbizflow.crm.activity.FollowUpRuleId;
import org.smartbizflow.crm.activity.FollowUpRuleView;
import org.smartbizflow.crm.shared.TenantId;

/**
 * Storage of each tenant's activity playbook: templates keyed by tenant and template key,
 * follow-up rules keyed by tenant and rule id, both with optimistic versions, and a mark that
 * the tenant keeps a playbook of its own. Every method is scoped by tenant and runs inside
 * the caller's transaction (or one of its own when there is none).
 */
public interface ActivityPlaybookRepository {

    /** Has the tenant stored a playbook of its own (even an empty one)? */
    boolean hasPlaybook(TenantId tenantId);

    /**
     * Marks that the tenant keeps a playbook of its own from now on.
     *
     * @throws org.smartbizflow.crm.shared.ConcurrencyConflictException when it is already marked
     *         (another transaction stored the tenant's playbook first)
     */
    void insertPlaybook(TenantId tenantId, Instant at);

    Optional<ActivityTemplateView> findTemplate(TenantId tenantId, String key);

    /** The tenant's templates in ascending key order. */
    List<ActivityTemplateView> templates(TenantId tenantId);

    /**
     * Stores a new template at version 0.
     *
     * @throws org.smartbizflow.crm.shared.ValidationException when the tenant already has a
     *         template under that key (field {@code key})
     */
    void insertTemplate(ActivityTemplateView template);

    /**
     * Stores the template if the stored version still equals {@code template.version()}, and
     * advances the stored version by one.
     *
     * @throws org.smartbizflow.crm.shared.ConcurrencyConflictException when the stored version differs
     * @throws org.smartbizflow.crm.shared.NotFoundException when no such template is stored
     */
    void updateTemplate(ActivityTemplateView template);

    /**
     * Removes the template if the stored version still equals {@code expectedVersion}.
     *
     * @throws org.smartbizflow.crm.shared.ConcurrencyConflictException when the stored version
     *         differs (nothing is removed)
     * @throws org.smartbizflow.crm.shared.NotFoundException when no such template is stored
     */
    void deleteTemplate(TenantId tenantId, String key, long expectedVersion);

    Optional<FollowUpRuleView> findRule(TenantId tenantId, FollowUpRuleId id);

    /** The tenant's rules ordered by activity type name and outcome code (unique together). */
    List<FollowUpRuleView> rules(TenantId tenantId);

    /** The rules that name this template. */
    List<FollowUpRuleView> rulesUsingTemplate(TenantId tenantId, String templateKey);

    /**
     * The rule for completions of this type with this outcome code (see
     * {@link org.smartbizflow.crm.activity.FollowUpRule#outcomeCode(String)}): one indexed lookup,
     * at most one rule since the pair is unique per tenant.
     */
    Optional<FollowUpRuleView> ruleFor(TenantId tenantId, ActivityType type, String outcomeCode);

    /**
     * Stores a new rule at version 0.
     *
     * @throws org.smartbizflow.crm.shared.ValidationException when the tenant already has a rule
     *         for the same activity type and outcome code (field {@code outcome})
     */
    void insertRule(FollowUpRuleView rule);

    /**
     * Stores the rule if the stored version still equals {@code rule.version()}, and advances
     * the stored version by one.
     *
     * @throws org.smartbizflow.crm.shared.ConcurrencyConflictException when the stored version differs
     * @throws org.smartbizflow.crm.shared.NotFoundException when no such rule is stored
     * @throws org.smartbizflow.crm.shared.ValidationException when another rule of the tenant
     *         has the same activity type and outcome code (field {@code outcome})
     */
    void updateRule(FollowUpRuleView rule);

    /**
     * Removes the rule if the stored version still equals {@code expectedVersion}.
     *
     * @throws org.smartbizflow.crm.shared.ConcurrencyConflictException when the stored version
     *         differs (nothing is removed)
     * @throws org.smartbizflow.crm.shared.NotFoundException when no such rule is stored
     */
    void deleteRule(TenantId tenantId, FollowUpRuleId id, long expectedVersion);
}
