package dev.eventualshop.eventstore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.eventualshop.contracts.MessageTypes;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

class MessageCodecTest {

    record PriceChanged(String sku, String amount, Instant at) {
    }

    private static final MessageTypes TYPES = MessageTypes.builder()
            .register("catalog.PriceChanged", 3, PriceChanged.class)
            .build();

    /** Revision 1 had {@code price}, revision 2 renamed it {@code amount}, revision 3 added {@code at}. */
    private static final List<Upcaster> UPCASTERS = List.of(
            upcaster(1, payload -> payload.set("amount", payload.remove("price"))),
            upcaster(2, payload -> payload.put("at", "1970-01-01T00:00:00Z")));

    private final MessageCodec codec = new MessageCodec(MessageJson.mapper(), TYPES, UPCASTERS);

    @Test
    void a_message_round_trips_under_its_type_name_and_current_revision() {
        PriceChanged changed = new PriceChanged("SKU-1", "19.99", Instant.parse("2026-11-25T10:15:30.123Z"));

        MessageCodec.Serialized serialized = codec.serialize(changed);

        assertThat(serialized.type()).isEqualTo("catalog.PriceChanged");
        assertThat(serialized.revision()).isEqualTo(3);
        assertThat(serialized.json()).doesNotContain("MessageCodecTest").contains("\"2026-11-25T10:15:30.123Z\"");
        assertThat(codec.deserialize(serialized.type(), serialized.revision(), serialized.json())).isEqualTo(changed);
    }

    @Test
    void an_old_revision_passes_through_every_upcaster_in_order() {
        Object current = codec.deserialize("catalog.PriceChanged", 1, "{\"sku\":\"SKU-1\",\"price\":\"5.00\"}");

        assertThat(current).isEqualTo(new PriceChanged("SKU-1", "5.00", Instant.EPOCH));
    }

    @Test
    void unknown_properties_are_ignored_by_the_tolerant_reader() {
        Object read = codec.deserialize("catalog.PriceChanged", 3,
                "{\"sku\":\"S\",\"amount\":\"1.00\",\"at\":\"1970-01-01T00:00:00Z\",\"addedLater\":true}");

        assertThat(read).isEqualTo(new PriceChanged("S", "1.00", Instant.EPOCH));
    }

    @Test
    void an_unknown_type_a_newer_revision_or_a_missing_upcaster_is_refused() {
        assertThatThrownBy(() -> codec.deserialize("catalog.Unknown", 1, "{}"))
                .isInstanceOf(MessageCodec.UnknownMessageTypeException.class);
        assertThatThrownBy(() -> codec.deserialize("catalog.PriceChanged", 4, "{}"))
                .isInstanceOf(MessageCodec.UnknownMessageTypeException.class)
                .hasMessageContaining("newer");
        MessageCodec withoutUpcasters = new MessageCodec(MessageJson.mapper(), TYPES, List.of());
        assertThatThrownBy(() -> withoutUpcasters.deserialize("catalog.PriceChanged", 2, "{}"))
                .isInstanceOf(MessageCodec.UnknownMessageTypeException.class)
                .hasMessageContaining("no upcaster");
    }

    @Test
    void an_unregistered_message_cannot_be_written() {
        assertThatThrownBy(() -> codec.serialize("a string"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("java.lang.String");
    }

    @Test
    void upcasters_must_fit_the_registry() {
        assertThatThrownBy(() -> new MessageCodec(MessageJson.mapper(), TYPES, List.of(upcaster(3, p -> { }))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new MessageCodec(MessageJson.mapper(), TYPES,
                List.of(upcaster(1, p -> { }), upcaster(1, p -> { }))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("two upcasters");
    }

    private static Upcaster upcaster(int from, java.util.function.Consumer<ObjectNode> change) {
        return new Upcaster() {
            @Override
            public String typeName() {
                return "catalog.PriceChanged";
            }

            @Override
            public int fromRevision() {
                return from;
            }

            @Override
            public ObjectNode upcast(ObjectNode payload) {
                change.accept(payload);
                return payload;
            }
        };
    }
}
