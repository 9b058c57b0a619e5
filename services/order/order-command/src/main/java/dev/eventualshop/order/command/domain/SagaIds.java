package dev.eventualshop.order.command.domain;

import dev.eventualshop.contracts.Uuids;
import java.util.UUID;

/**
 * The ids an order's saga derives from the order id, so a step decided again names the same reservation, payment
 * and command, and the receiving pipeline runs it once. These derivations are stored and sent: never change them.
 * The reservation request's command id is the order id itself, because its outcome (the reply) carries only the
 * command id and must lead back to the order.
 */
public final class SagaIds {

    private SagaIds() {
    }

    public static UUID reservationId(UUID orderId) {
        return Uuids.v5(orderId, "reservation");
    }

    public static UUID paymentId(UUID orderId) {
        return Uuids.v5(orderId, "payment");
    }

    /** The command id of the saga's step {@code step} (a name such as {@code capture-payment}). */
    public static UUID stepCommandId(UUID orderId, String step) {
        return Uuids.v5(orderId, "step:" + step);
    }

    /** The id of the order's deadline {@code name}: scheduling it again replaces it. */
    public static UUID deadlineId(UUID orderId, String name) {
        return Uuids.v5(orderId, "deadline:" + name);
    }
}
