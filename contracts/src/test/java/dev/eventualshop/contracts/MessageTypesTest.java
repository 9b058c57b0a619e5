package dev.eventualshop.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class MessageTypesTest {

    record ItemAdded(String sku) {}

    record ItemRemoved(String sku) {}

    record OrderPlaced(String orderId) {}

    @Test
    void a_registered_type_is_found_by_name_and_by_record() {
        MessageTypes types = MessageTypes.builder()
                .register("shoppingcart.ItemAdded", 2, ItemAdded.class)
                .register("shoppingcart.ItemRemoved", ItemRemoved.class)
                .build();

        assertThat(types.byName("shoppingcart.ItemAdded"))
                .contains(new MessageType("shoppingcart.ItemAdded", 2, ItemAdded.class));
        assertThat(types.of(ItemRemoved.class))
                .isEqualTo(new MessageType("shoppingcart.ItemRemoved", 1, ItemRemoved.class));
        assertThat(types.contains(ItemAdded.class)).isTrue();
        assertThat(types.all()).hasSize(2);
    }

    @Test
    void an_unknown_name_is_absent_and_an_unregistered_record_cannot_be_written() {
        MessageTypes types = MessageTypes.builder().register("shoppingcart.ItemAdded", ItemAdded.class).build();

        assertThat(types.byName("shoppingcart.ItemRemoved")).isEmpty();
        assertThat(types.contains(ItemRemoved.class)).isFalse();
        assertThatThrownBy(() -> types.of(ItemRemoved.class))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(ItemRemoved.class.getName());
    }

    @Test
    void a_name_registered_twice_is_rejected() {
        MessageTypes.Builder builder = MessageTypes.builder().register("shoppingcart.ItemAdded", ItemAdded.class);

        assertThatThrownBy(() -> builder.register("shoppingcart.ItemAdded", ItemRemoved.class))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("shoppingcart.ItemAdded");
    }

    @Test
    void a_record_registered_under_two_names_is_rejected() {
        MessageTypes.Builder builder = MessageTypes.builder().register("shoppingcart.ItemAdded", ItemAdded.class);

        assertThatThrownBy(() -> builder.register("shoppingcart.ItemPut", ItemAdded.class))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(ItemAdded.class.getName());
    }

    @Test
    void a_name_must_be_context_dot_message() {
        for (String bad : new String[] {"ItemAdded", "shoppingcart", "ShoppingCart.ItemAdded", "shoppingcart.",
                "shoppingcart.Item-Added", "1cart.ItemAdded", "shoppingcart." + "X".repeat(120)}) {
            assertThatThrownBy(() -> new MessageType(bad, 1, ItemAdded.class))
                    .as(bad)
                    .isInstanceOf(IllegalArgumentException.class);
        }
        assertThat(new MessageType("shoppingcart.v1.CartCheckedOut", 1, ItemAdded.class).name())
                .isEqualTo("shoppingcart.v1.CartCheckedOut");
    }

    @Test
    void revisions_start_at_one_and_name_and_record_are_required() {
        assertThatThrownBy(() -> new MessageType("shoppingcart.ItemAdded", 0, ItemAdded.class))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new MessageType(null, 1, ItemAdded.class)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new MessageType("shoppingcart.ItemAdded", 1, null))
                .isInstanceOf(NullPointerException.class);
    }

    @Test
    void merged_registries_hold_every_type_of_each() {
        MessageTypes cart = MessageTypes.builder()
                .register("shoppingcart.ItemAdded", 3, ItemAdded.class)
                .register("shoppingcart.ItemRemoved", ItemRemoved.class)
                .build();
        MessageTypes order = MessageTypes.builder().register("order.OrderPlaced", OrderPlaced.class).build();

        MessageTypes merged = MessageTypes.merge(cart, order);

        assertThat(merged.all()).containsExactlyInAnyOrderElementsOf(
                Stream.concat(cart.all().stream(), order.all().stream()).toList());
        assertThat(merged.of(ItemAdded.class).revision()).isEqualTo(3);
    }

    @Test
    void merging_registries_that_claim_the_same_name_or_record_fails() {
        MessageTypes cart = MessageTypes.builder().register("shoppingcart.ItemAdded", ItemAdded.class).build();
        MessageTypes sameName = MessageTypes.builder().register("shoppingcart.ItemAdded", OrderPlaced.class).build();
        MessageTypes sameRecord = MessageTypes.builder().register("order.ItemAdded", ItemAdded.class).build();

        assertThatThrownBy(() -> MessageTypes.merge(cart, sameName)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> MessageTypes.merge(cart, sameRecord)).isInstanceOf(IllegalArgumentException.class);
    }
}
