package dev.eventualshop.order.command.infrastructure;

import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code eventualshop.order.*}: how long the checkout saga waits.
 *
 * @param reservationTtl how long Warehouse holds an order's stock from its placing; an order not paid by then is
 *                       cancelled as RESERVATION_EXPIRED
 * @param paymentTimeout how long the payment's authorization may take once asked for; then PAYMENT_TIMEOUT
 */
@Validated
@ConfigurationProperties("eventualshop.order")
public record OrderProperties(@DefaultValue("15m") @NotNull Duration reservationTtl,
                              @DefaultValue("2m") @NotNull Duration paymentTimeout) {
}
