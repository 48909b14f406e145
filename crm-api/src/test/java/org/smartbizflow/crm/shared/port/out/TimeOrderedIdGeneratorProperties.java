package org.smartbizflow.crm.shared.port.out;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

class TimeOrderedIdGeneratorProperties {

    private static int compareUnsigned(UUID a, UUID b) {
        int high = Long.compareUnsigned(a.getMostSignificantBits(), b.getMostSignificantBits());
        return high != 0 ? high : Long.compareUnsigned(a.getLeastSignificantBits(), b.getLeastSignificantBits());
    }

    @Property(tries = 50)
    void idsAreVersion7AndStrictlyIncreasingEvenWithinOneMillisecond(@ForAll @IntRange(min = 2, max = 5000) int count) {
        Clock frozen = Clock.fixed(Instant.parse("2026-11-24T10:00:00Z"), ZoneOffset.UTC);
        IdGenerator ids = IdGenerator.timeOrdered(frozen);
        UUID previous = ids.next();
        for (int i = 1; i < count; i++) {
            UUID next = ids.next();
            assertThat(next.version()).isEqualTo(7);
            assertThat(next.variant()).isEqualTo(2);
            assertThat(compareUnsigned(previous, next)).isNegative();
            previous = next;
        }
        assertThat(previous.getMostSignificantBits() >>> 16).isGreaterThanOrEqualTo(frozen.millis());
    }
}
