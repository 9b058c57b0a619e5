package dev.eventualshop.eventstore.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SnapshotPolicyTest {

    private final SnapshotPolicy<String> every100 = new SnapshotPolicy<>(100, String.class, 1);

    @Test
    void an_append_that_reaches_or_passes_a_multiple_of_the_interval_is_snapshotted() {
        assertThat(every100.crossed(99, 100)).isTrue();
        assertThat(every100.crossed(95, 105)).isTrue();
        assertThat(every100.crossed(100, 101)).isFalse();
        assertThat(every100.crossed(0, 99)).isFalse();
        assertThat(every100.crossed(150, 150)).isFalse();
    }

    @Test
    void the_interval_and_the_revision_must_be_positive() {
        assertThatThrownBy(() -> new SnapshotPolicy<>(0, String.class, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SnapshotPolicy<>(10, String.class, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
