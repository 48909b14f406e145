package org.smartbizflow.crm.lead.nurture;

import java.time.Instant;
import java.util.UUID;
import org.smartbizflow.crm.shared.Preconditions;
import org.smartbizflow.crm.shared.TenantId;

/**
 * A lead's engagement with one nurture e-mail, as reported by the host.
 *
 * @param id          identity
 * @param tenantId    tenant
 * @param enrolmentId the enrolment the e-mail was sent for
 * @param messageId   the e-mail's message id
 * @param stepKey     the e-mail step that sent it
 * @param kind        opened, clicked or replied
 * @param occurredAt  when it happened
 */
public record EngagementRecord(UUID id, TenantId tenantId, EnrolmentId enrolmentId, UUID messageId, String stepKey,
                               Engagement kind, Instant occurredAt) {

    public EngagementRecord {
        Preconditions.notNull(id, "id");
        Preconditions.notNull(tenantId, "tenantId");
        Preconditions.notNull(enrolmentId, "enrolmentId");
        Preconditions.notNull(messageId, "messageId");
        Preconditions.notBlank(stepKey, "stepKey");
        Preconditions.notNull(kind, "kind");
        Preconditions.notNull(occurredAt, "occurredAt");
    }
}
