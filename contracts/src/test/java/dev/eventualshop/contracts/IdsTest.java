package dev.eventualshop.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class IdsTest {

    private static final UUID SOME_ID = UUID.fromString("3f1c9a4e-6a0b-4f7e-9d2c-1b8e5a7d4c30");
    private static final UUID OTHER_ID = UUID.fromString("9b2d4f6a-8c0e-4a1b-b3d5-7f9e1c2a4b6d");

    @Test
    void derived_ids_never_change_once_ids_have_been_stored_and_sent() {
        // Computed independently with Python's uuid.uuid5 from the namespaces and the documented names.
        assertThat(Ids.commandId("gateway", "key-1")).hasToString("1c88277a-1448-59eb-a815-2f770002a713");
        assertThat(Ids.orderId(SOME_ID)).hasToString("300c73d7-5200-59d9-bd69-1ce20697024f");
        assertThat(Ids.reactionCommandId(SOME_ID, "place-order")).hasToString("6c20d849-0eef-52ff-b18d-d92dc5eb3395");
        assertThat(Ids.mailId(SOME_ID)).hasToString("479824d1-b8bd-5d7d-aa72-f56e317a3edd");
        assertThat(Ids.resourceId(SOME_ID, "payment")).hasToString("b60a8abb-d982-50af-937d-befc5d837269");
    }

    @Test
    void a_reaction_id_is_the_same_for_the_same_message() {
        assertThat(Ids.reactionCommandId(SOME_ID, "place-order"))
                .isEqualTo(Ids.reactionCommandId(SOME_ID, "place-order"))
                .isNotEqualTo(Ids.reactionCommandId(OTHER_ID, "place-order"))
                .isNotEqualTo(Ids.reactionCommandId(SOME_ID, "send-receipt"));
    }

    @Test
    void a_retried_request_is_the_same_command_and_another_key_or_issuer_is_another() {
        assertThat(Ids.commandId("gateway", "key-1")).isEqualTo(Ids.commandId("gateway", "key-1"))
                .isNotEqualTo(Ids.commandId("gateway", "key-2"))
                .isNotEqualTo(Ids.commandId("backoffice", "key-1"));
    }

    @Test
    void moving_text_between_the_parts_of_a_name_gives_another_id() {
        assertThat(Ids.commandId("ab", "c")).isNotEqualTo(Ids.commandId("a", "bc"));
        assertThatThrownBy(() -> Ids.commandId("a\nb", "c")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void one_cart_gives_one_order_and_one_request_one_mail() {
        assertThat(Ids.orderId(SOME_ID)).isEqualTo(Ids.orderId(SOME_ID)).isNotEqualTo(Ids.orderId(OTHER_ID));
        assertThat(Ids.mailId(SOME_ID)).isEqualTo(Ids.mailId(SOME_ID)).isNotEqualTo(Ids.mailId(OTHER_ID));
        assertThat(Ids.resourceId(SOME_ID, "payment")).isEqualTo(Ids.resourceId(SOME_ID, "payment"))
                .isNotEqualTo(Ids.resourceId(OTHER_ID, "payment"))
                .isNotEqualTo(Ids.resourceId(SOME_ID, "shipment"));
    }

    @Test
    void each_derivation_has_its_own_namespace_so_the_same_input_names_different_things() {
        List<UUID> ids = List.of(Ids.orderId(SOME_ID), Ids.mailId(SOME_ID), Ids.reactionCommandId(SOME_ID, "x"),
                Ids.resourceId(SOME_ID, "x"), Ids.commandId(SOME_ID.toString(), "x"));
        assertThat(Set.copyOf(ids)).hasSize(ids.size());
        assertThat(ids).allSatisfy(id -> assertThat(id.version()).isEqualTo(5));
    }

    @Test
    void missing_or_blank_inputs_are_rejected() {
        assertThatThrownBy(() -> Ids.commandId(null, "k")).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> Ids.commandId("gateway", null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> Ids.commandId(" ", "k")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Ids.commandId("gateway", "")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Ids.orderId(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> Ids.mailId(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> Ids.reactionCommandId(null, "r")).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> Ids.reactionCommandId(SOME_ID, "\t")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Ids.resourceId(null, "payment")).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> Ids.resourceId(SOME_ID, " ")).isInstanceOf(IllegalArgumentException.class);
    }
}
