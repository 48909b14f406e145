package org.smartbizflow.crm.lead.nurture.port.in;

import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.UUID;
import org.smartbizflow.crm.lead.nurture.Engagement;

/**
 * Tell the CRM that a lead engaged with a nurture e-mail.
 *
 * @param messageId  the message id of the {@code EmailMessage} the CRM sent
 * @param kind       opened, clicked or replied
 * @param occurredAt when; null for now
 */
public record RecordEngagement(@NotNull UUID messageId, @NotNull Engagement kind, Instant occurredAt) {

    public static RecordEngagement of(UUID messageId, Engagement kind) {
        return new RecordEngagement(messageId, kind, null);
    }
}
