package dev.eventualshop.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class UuidsTest {

    private static final UUID DNS = UUID.fromString("6ba7b810-9dad-11d1-80b4-00c04fd430c8");
    private static final Instant NOON = Instant.parse("2026-01-15T12:00:00.123Z");

    @Test
    void a_v5_id_matches_the_rfc_9562_example() {
        assertThat(Uuids.v5(DNS, "www.example.com")).hasToString("2ed6657d-e927-568b-95e1-2665a8aea6a2");
    }

    @Test
    void a_v5_id_hashes_the_name_as_utf8() {
        // Computed independently with Python's uuid.uuid5(uuid.NAMESPACE_DNS, "grüße.example").
        assertThat(Uuids.v5(DNS, "grüße.example")).hasToString("b7ef62df-d74e-5856-a4e5-c3ff9a38795d");
    }

    @Test
    void a_v5_id_carries_version_5_and_the_rfc_variant() {
        UUID id = Uuids.v5(UUID.randomUUID(), "anything");
        assertThat(id.version()).isEqualTo(5);
        assertThat(id.variant()).isEqualTo(2);
    }

    @Test
    void a_v5_id_is_the_same_for_the_same_namespace_and_name_and_differs_otherwise() {
        UUID other = UUID.fromString("6ba7b811-9dad-11d1-80b4-00c04fd430c8");
        assertThat(Uuids.v5(DNS, "a")).isEqualTo(Uuids.v5(DNS, "a"))
                .isNotEqualTo(Uuids.v5(DNS, "b"))
                .isNotEqualTo(Uuids.v5(other, "a"));
    }

    @Test
    void a_v5_id_needs_a_namespace_and_a_name() {
        assertThatThrownBy(() -> Uuids.v5(null, "a")).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> Uuids.v5(DNS, null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void a_v7_id_starts_with_the_unix_milliseconds_and_carries_version_7_and_the_rfc_variant() {
        UUID id = Uuids.v7(NOON, new SplittableRandom(1));
        assertThat(id.getMostSignificantBits() >>> 16).isEqualTo(NOON.toEpochMilli());
        assertThat(id.toString().replace("-", "")).startsWith("%012x".formatted(NOON.toEpochMilli()));
        assertThat(id.version()).isEqualTo(7);
        assertThat(id.variant()).isEqualTo(2);
    }

    @Test
    void a_v7_id_is_determined_by_its_clock_and_randomness() {
        assertThat(Uuids.v7(NOON, new SplittableRandom(7))).isEqualTo(Uuids.v7(NOON, new SplittableRandom(7)))
                .isNotEqualTo(Uuids.v7(NOON, new SplittableRandom(8)));
    }

    @Test
    void v7_ids_of_later_milliseconds_sort_later_as_uuids_and_as_strings() {
        SplittableRandom random = new SplittableRandom(42);
        List<UUID> ids = IntStream.range(0, 200)
                .mapToObj(i -> Uuids.v7(NOON.plusMillis(i * 37L), random))
                .toList();
        assertThat(ids).isSorted();
        assertThat(ids.stream().map(UUID::toString).toList()).isSorted();
    }

    @Test
    void a_v7_id_rejects_instants_its_48_bit_clock_cannot_hold() {
        assertThatThrownBy(() -> Uuids.v7(Instant.EPOCH.minusMillis(1), new SplittableRandom(1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Uuids.v7(Instant.ofEpochMilli(1L << 48), new SplittableRandom(1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Uuids.v7(null, new SplittableRandom(1))).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> Uuids.v7(NOON, null)).isInstanceOf(NullPointerException.class);
    }
}
