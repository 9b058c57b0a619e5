package dev.eventualshop.eventstore.pipeline;

import java.util.Objects;

/**
 * A change to a rule that spans streams, derived from an event: take (scope, key) for the event's stream, or
 * release it. Taking a key another stream owns rejects the whole command with {@code rejectionReason}.
 */
public sealed interface ClaimChange {

    String scope();

    String key();

    record Take(String scope, String key, String rejectionReason) implements ClaimChange {
        public Take {
            requireText(scope, 64, "scope");
            requireText(key, 320, "key");
            Objects.requireNonNull(rejectionReason, "rejectionReason");
        }
    }

    record Release(String scope, String key) implements ClaimChange {
        public Release {
            requireText(scope, 64, "scope");
            requireText(key, 320, "key");
        }
    }

    static Take take(String scope, String key, String rejectionReason) {
        return new Take(scope, key, rejectionReason);
    }

    static Release release(String scope, String key) {
        return new Release(scope, key);
    }

    private static void requireText(String value, int maxLength, String name) {
        Objects.requireNonNull(value, name);
        if (value.isEmpty() || value.length() > maxLength) {
            throw new IllegalArgumentException("claim %s has 1 to %d characters".formatted(name, maxLength));
        }
    }
}
