package org.smartbizflow.crm.contact.port.in;

import java.util.Map;
import org.smartbizflow.crm.contact.Channel;
import org.smartbizflow.crm.contact.ConsentStatus;

/**
 * How many (not erased) contacts stand at each status on one channel, UNKNOWN included.
 *
 * @param channel  the channel
 * @param byStatus counts per status, every status present
 * @param total    all contacts
 */
public record ConsentCoverage(Channel channel, Map<ConsentStatus, Long> byStatus, long total) {

    public ConsentCoverage {
        byStatus = Map.copyOf(byStatus);
    }

    /** The share of contacts that may be messaged on the channel, 0 to 1 (0 without contacts). */
    public double optedInShare() {
        return total == 0 ? 0 : (double) byStatus.getOrDefault(ConsentStatus.OPTED_IN, 0L) / total;
    }
}
