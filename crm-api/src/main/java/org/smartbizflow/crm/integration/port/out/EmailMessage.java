package org.smartbizflow.crm.integration.port.out;

import java.util.Map;
import java.util.UUID;
import org.smartbizflow.crm.shared.EmailAddress;
import org.smartbizflow.crm.shared.Preconditions;
import org.smartbizflow.crm.shared.TenantId;

/**
 * One e-mail the CRM asks the host to send. The message id is the CRM's: the host passes it
 * back when it learns that the message was opened, clicked or answered, so the engagement
 * lands on the right record.
 *
 * @param messageId   the CRM's id of this message
 * @param tenantId    the tenant sending it
 * @param to          recipient
 * @param subject     subject line
 * @param body        plain-text body
 * @param correlation what the message is about, e.g. {@code leadId} and {@code enrolmentId}
 */
public record EmailMessage(UUID messageId, TenantId tenantId, EmailAddress to, String subject, String body,
                           Map<String, String> correlation) {

    public EmailMessage {
        Preconditions.notNull(messageId, "messageId");
        Preconditions.notNull(tenantId, "tenantId");
        Preconditions.notNull(to, "to");
        Preconditions.notBlank(subject, "subject");
        Preconditions.notNull(body, "body");
        correlation = Map.copyOf(Preconditions.notNull(correlation, "correlation"));
    }
}
