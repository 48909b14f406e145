package org.smartbizflow.crm.activity;

import java.time.Instant;
import org.smartbizflow.crm.shared.DomainEvent;
import org.smartbizflow.crm.shared.TenantId;
import org.smartbizflow.crm.shared.UserId;

/**
 * Changes to a tenant's activity playbook: its templates and follow-up rules. The aggregate id
 * is the template key or the rule id.
 */
public sealed interface ActivityPlaybookEvent extends DomainEvent {

    /**
     * A template was stored: created (version 0) or changed.
     *
     * @param tenantId    tenant
     * @param templateKey the template
     * @param version     its version now
     * @param changedBy   who stored it
     * @param occurredAt  when
     */
    record ActivityTemplateStored(TenantId tenantId, String templateKey, long version, UserId changedBy,
                                  Instant occurredAt) implements ActivityPlaybookEvent {
        @Override
        public String aggregateId() {
            return templateKey;
        }
    }

    /**
     * A template was deleted.
     *
     * @param tenantId    tenant
     * @param templateKey the template
     * @param changedBy   who deleted it
     * @param occurredAt  when
     */
    record ActivityTemplateDeleted(TenantId tenantId, String templateKey, UserId changedBy, Instant occurredAt)
            implements ActivityPlaybookEvent {
        @Override
        public String aggregateId() {
            return templateKey;
        }
    }

    /**
     * A follow-up rule was stored: created (version 0) or changed.
     *
     * @param tenantId   tenant
     * @param ruleId     the rule
     * @param whenType   the activity type it matches
     * @param outcome    the outcome it matches
     * @param version    its version now
     * @param changedBy  who stored it
     * @param occurredAt when
     */
    record FollowUpRuleStored(TenantId tenantId, FollowUpRuleId ruleId, ActivityType whenType, String outcome,
                              long version, UserId changedBy, Instant occurredAt) implements ActivityPlaybookEvent {
        @Override
        public String aggregateId() {
            return ruleId.toString();
        }
    }

    /**
     * A follow-up rule was deleted.
     *
     * @param tenantId   tenant
     * @param ruleId     the rule
     * @param changedBy  who deleted it
     * @param occurredAt when
     */
    record FollowUpRuleDeleted(TenantId tenantId, FollowUpRuleId ruleId, UserId changedBy, Instant occurredAt)
            implements ActivityPlaybookEvent {
        @Override
        public String aggregateId() {
            return ruleId.toString();
        }
    }
}
