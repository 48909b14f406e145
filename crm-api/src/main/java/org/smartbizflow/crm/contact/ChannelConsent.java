package org.smartbizflow.crm.contact;

import java.time.Instant;
import org.smartbizflow.crm.shared.Preconditions;

/**
 * A contact's current standing on one channel, with what the latest consent record said.
 *
 * @param channel          the channel
 * @param status           where the contact stands
 * @param lawfulBasis      the basis the latest change named
 * @param source           where the latest change came from (form, call, import ...)
 * @param since            when the latest change was recorded
 * @param tokenHash        while PENDING: the SHA-256 of the confirmation token, hex; else null
 * @param tokenExpiresAt   while PENDING: when the confirmation token stops working; else null
 */
public record ChannelConsent(Channel channel, ConsentStatus status, LawfulBasis lawfulBasis, String source,
                             Instant since, String tokenHash, Instant tokenExpiresAt) {

    public static final int SOURCE_MAX = 200;

    public ChannelConsent {
        Preconditions.notNull(channel, "channel");
        Preconditions.notNull(status, "status");
        Preconditions.notNull(lawfulBasis, "lawfulBasis");
        source = Preconditions.maxLength(Preconditions.notBlank(source, "source"), SOURCE_MAX, "source");
        Preconditions.notNull(since, "since");
        Preconditions.check((status == ConsentStatus.PENDING) == (tokenHash != null && tokenExpiresAt != null),
                "tokenHash", "is set exactly while a double opt-in is pending");
    }
}
