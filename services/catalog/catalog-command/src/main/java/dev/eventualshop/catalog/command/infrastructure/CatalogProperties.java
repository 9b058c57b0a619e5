package dev.eventualshop.catalog.command.infrastructure;

import jakarta.validation.constraints.Pattern;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code eventualshop.catalog.*}: the shop's rules for its items.
 *
 * @param currency the ISO 4217 code every price is in; a price in another currency is UNSUPPORTED_CURRENCY
 */
@Validated
@ConfigurationProperties("eventualshop.catalog")
public record CatalogProperties(@DefaultValue("EUR") @Pattern(regexp = "[A-Z]{3}") String currency) {
}
