package dev.eventualshop.eventstore.snapshot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.eventualshop.eventstore.MessageJson;
import java.util.List;
import org.junit.jupiter.api.Test;

class StateCodecTest {

    sealed interface Order {
        record Draft(List<String> lines) implements Order {}

        sealed interface Closed extends Order {}

        record Shipped(String trackingCode) implements Closed {}

        record Cancelled(String reason) implements Closed {}
    }

    record Counter(int value) {
    }

    private final StateCodec codec = new StateCodec(MessageJson.mapper());

    @Test
    void a_sealed_state_round_trips_through_its_subtype_name_at_any_depth() {
        for (Order state : List.of(new Order.Draft(List.of("a", "b")), new Order.Shipped("T-1"), new Order.Cancelled("x"))) {
            String json = codec.write(state, Order.class);
            assertThat(json).doesNotContain("StateCodecTest");
            assertThat(codec.read(json, Order.class)).isEqualTo(state);
        }
    }

    @Test
    void a_plain_state_round_trips_as_itself() {
        assertThat(codec.read(codec.write(new Counter(7), Counter.class), Counter.class)).isEqualTo(new Counter(7));
    }

    @Test
    void an_unknown_subtype_name_is_refused() {
        assertThatThrownBy(() -> codec.read("{\"type\":\"Lost\",\"state\":{}}", Order.class))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Lost");
    }
}
