package org.smartbizflow.crm.contact.port.in;

import java.time.Instant;
import org.smartbizflow.crm.contact.ConsentRecord;

/**
 * A started double opt-in: the token to put in the confirmation link, and until when it works.
 * The CRM keeps only the token's hash, so this is the one chance to read it.
 *
 * @param token     the secret the contact presents to confirm
 * @param expiresAt when it stops working
 * @param record    the consent record of the request (status PENDING)
 */
public record DoubleOptIn(String token, Instant expiresAt, ConsentRecord record) {

    @Override
    public String toString() {
        return "DoubleOptIn[token=(hidden), expiresAt=" + expiresAt + ", record=" + record + "]";
    }
}
