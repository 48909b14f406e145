package org.smartbizflow.crm.shared.port.out;

import java.time.Clock;
import java.util.UUID;

/**
 * Makes ids for new records. The default makes time-ordered UUIDs (version 7, RFC 9562), so
 * new rows land at the end of primary-key indexes and ids sort by creation time.
 */
@FunctionalInterface
public interface IdGenerator {

    UUID next();

    /** Version 7 UUIDs from the given clock's milliseconds and a secure random tail. */
    static IdGenerator timeOrdered(Clock clock) {
        return new TimeOrderedIdGenerator(clock);
    }
}
