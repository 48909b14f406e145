package org.smartbizflow.crm.contact;

import java.time.Instant;

/** What presenting a double opt-in token achieved. */
public sealed interface ConfirmationResult {

    /**
     * The channel is now opted in.
     *
     * @param contactId the contact who confirmed
     * @param record    the consent record made
     */
    record Confirmed(ContactId contactId, ConsentRecord record) implements ConfirmationResult {
    }

    /**
     * The token was right but came too late; the channel stays PENDING until asked again.
     *
     * @param channel   the channel
     * @param expiredAt when the token stopped working
     */
    record Expired(Channel channel, Instant expiredAt) implements ConfirmationResult {
    }

    /** No pending confirmation has this token (never issued, already used, or replaced). */
    record Unknown() implements ConfirmationResult {
    }
}
