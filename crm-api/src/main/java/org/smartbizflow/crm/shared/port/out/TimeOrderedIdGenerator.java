package org.smartbizflow.crm.shared.port.out;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Objects;
import java.util.UUID;

/**
 * UUID version 7: 48 bits of Unix milliseconds, then random bits. Within one millisecond the
 * random part is incremented rather than redrawn (RFC 9562, method 2), so ids from one
 * generator are strictly increasing even at high rates and when the clock steps back.
 */
final class TimeOrderedIdGenerator implements IdGenerator {

    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    private long lastMillis = Long.MIN_VALUE;
    private long counter;      // 12 bits in rand_a
    private long tail;         // 62 bits in rand_b

    TimeOrderedIdGenerator(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public synchronized UUID next() {
        long millis = clock.millis();
        if (millis > lastMillis) {
            lastMillis = millis;
            counter = random.nextInt(1 << 11); // leave head-room before the counter overflows
            tail = random.nextLong() & 0x3FFF_FFFF_FFFF_FFFFL;
        } else {
            tail = (tail + 1) & 0x3FFF_FFFF_FFFF_FFFFL;
            if (tail == 0) {
                counter++;
                if (counter > 0xFFF) {
                    lastMillis++;      // borrow the next millisecond rather than repeat
                    counter = 0;
                }
            }
        }
        long msb = (lastMillis & 0xFFFF_FFFF_FFFFL) << 16 | 0x7000L | counter;
        long lsb = 0x8000_0000_0000_0000L | tail;
        return new UUID(msb, lsb);
    }
}
