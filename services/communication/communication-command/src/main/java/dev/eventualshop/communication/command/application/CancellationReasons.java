package dev.eventualshop.communication.command.application;

import java.util.Map;

/** Order's cancellation reasons (API.md) as a customer reads them, after "your order was cancelled because". */
final class CancellationReasons {

    private static final Map<String, String> WORDS = Map.of(
            "OUT_OF_STOCK", "an item is out of stock",
            "PAYMENT_DECLINED", "your card was declined",
            "PAYMENT_TIMEOUT", "the payment was not confirmed in time",
            "RESERVATION_EXPIRED", "the order was not paid in time",
            "CUSTOMER_CANCELLED", "you cancelled it");

    /** What a reason Order may add later reads as, until Communication learns its words. */
    static final String UNKNOWN = "it could not be completed";

    private CancellationReasons() {
    }

    static String inWords(String reason) {
        return reason == null ? UNKNOWN : WORDS.getOrDefault(reason, UNKNOWN);
    }
}
