package dev.eventualshop.projection.mongo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.eventualshop.eventstore.MessageJson;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.bson.Document;
import org.bson.types.Decimal128;
import org.junit.jupiter.api.Test;

class ViewCodecTest {

    enum State { OPEN, CLOSED }

    record Line(String sku, int quantity, BigDecimal price) {
    }

    record Order(UUID id, State state, long version, BigDecimal total, Instant placedAt, List<Line> lines,
                 Map<String, String> labels, String note, double score, boolean paid, byte[] signature) {

        @Override
        public boolean equals(Object other) {
            return other instanceof Order o && id.equals(o.id) && state == o.state && version == o.version
                    && total.equals(o.total) && placedAt.equals(o.placedAt) && lines.equals(o.lines)
                    && labels.equals(o.labels) && java.util.Objects.equals(note, o.note) && score == o.score
                    && paid == o.paid && java.util.Arrays.equals(signature, o.signature);
        }

        @Override
        public int hashCode() {
            return id.hashCode();
        }
    }

    final ViewCodec codec = new ViewCodec(MessageJson.mapper());
    final Order order = new Order(UUID.fromString("3f2a1b0c-9d8e-4f7a-8b6c-5d4e3f2a1b0c"), State.OPEN, 5_000_000_000L,
            new BigDecimal("12345678901234567890.12"), Instant.parse("2026-03-01T10:15:30.123456Z"),
            List.of(new Line("SKU-1", 2, new BigDecimal("9.99")), new Line("ЖЁ-é-😀", 1, new BigDecimal("0.10"))),
            Map.of("gift", "yes"), null, 0.25, true, new byte[] {1, 2, 3});

    @Test
    void a_record_survives_the_round_trip_unchanged() {
        assertThat(codec.read(codec.write(order), Order.class)).isEqualTo(order);
    }

    @Test
    void numbers_keep_their_kind_so_money_never_becomes_a_double() {
        Document stored = codec.write(order);

        assertThat(stored.get("version")).isEqualTo(5_000_000_000L);
        assertThat(stored.get("total")).isEqualTo(new Decimal128(new BigDecimal("12345678901234567890.12")));
        assertThat(stored.getList("lines", Document.class).getFirst().get("quantity")).isEqualTo(2);
        assertThat(stored.get("state")).isEqualTo("OPEN");
        assertThat(stored.get("id")).isEqualTo("3f2a1b0c-9d8e-4f7a-8b6c-5d4e3f2a1b0c");
        assertThat(stored.get("placedAt")).isEqualTo("2026-03-01T10:15:30.123456Z");
        assertThat(stored.containsKey("note")).isTrue();
        assertThat(stored.get("note")).isNull();
    }

    @Test
    void no_view_is_stored_as_null() {
        assertThat(codec.write(null)).isNull();
        assertThat(codec.read(null, Order.class)).isNull();
    }

    @Test
    void a_view_must_be_an_object() {
        assertThatThrownBy(() -> codec.write("just text")).isInstanceOf(IllegalArgumentException.class);
    }
}
