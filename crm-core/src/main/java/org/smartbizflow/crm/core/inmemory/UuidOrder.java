package org.smartbizflow.crm.core.inmemory;

import java.util.Comparator;
import java.util.UUID;

/**
 * Orders UUIDs as databases do (unsigned, byte by byte), unlike {@link UUID#compareTo},
 * which compares signed longs; time-ordered ids then sort by creation time.
 */
final class UuidOrder {

    static final Comparator<UUID> UNSIGNED = (a, b) -> {
        int high = Long.compareUnsigned(a.getMostSignificantBits(), b.getMostSignificantBits());
        return high != 0 ? high : Long.compareUnsigned(a.getLeastSignificantBits(), b.getLeastSignificantBits());
    };

    private UuidOrder() {
    }
}
