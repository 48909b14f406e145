package org.smartbizflow.crm.contact;

import org.smartbizflow.crm.shared.Preconditions;

/**
 * How many contacts stand at one status on one channel: a row of the consent coverage
 * analytics, counted by the store.
 *
 * @param channel the channel
 * @param status  the status
 * @param count   how many contacts
 */
public record ConsentCount(Channel channel, ConsentStatus status, long count) {

    public ConsentCount {
        Preconditions.notNull(channel, "channel");
        Preconditions.notNull(status, "status");
        Preconditions.check(count >= 0, "count", "must not be negative");
    }
}
