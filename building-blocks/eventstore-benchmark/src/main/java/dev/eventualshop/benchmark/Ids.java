package dev.eventualshop.benchmark;

import dev.eventualshop.contracts.Uuids;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Ids for the benchmark, without SecureRandom's lock, so 8 writers do not queue on the id generator: random
 * version-4 UUIDs for streams, and version-7 UUIDs for command ids, as the gateway issues them to a command
 * sent without an {@code Idempotency-Key} (ARCHITECTURE.md, "Gateway").
 */
final class Ids {

    private Ids() {
    }

    static UUID random() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        long msb = (random.nextLong() & ~0xF000L) | 0x4000L;
        long lsb = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(msb, lsb);
    }

    static UUID command() {
        return Uuids.v7(Instant.now(), ThreadLocalRandom.current());
    }
}
