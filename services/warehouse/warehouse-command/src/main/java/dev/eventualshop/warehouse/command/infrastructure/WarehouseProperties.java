package dev.eventualshop.warehouse.command.infrastructure;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code eventualshop.warehouse.*}.
 *
 * @param reservationReleaseGrace how long after its expiry Warehouse releases a reservation nobody committed or
 *                                released: the order's own expiry goes first, so this only catches what it missed
 */
@ConfigurationProperties("eventualshop.warehouse")
public record WarehouseProperties(@DefaultValue("1m") Duration reservationReleaseGrace) {

    public WarehouseProperties {
        if (reservationReleaseGrace == null || reservationReleaseGrace.isNegative()) {
            throw new IllegalArgumentException("eventualshop.warehouse.reservation-release-grace must not be negative");
        }
    }
}
