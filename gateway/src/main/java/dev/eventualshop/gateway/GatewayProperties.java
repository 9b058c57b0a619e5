package dev.eventualshop.gateway;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import java.net.URI;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The gateway's settings ({@code eventualshop.gateway.*}); Identity's issuer is
 * {@code eventualshop.identity.issuer} (shared with every service).
 *
 * @param clientId                the browser session's confidential client at Identity
 * @param clientSecret            its secret: required, with no default (local mode generates one; never in the repository)
 * @param cliClientId             the public PKCE client that scripts use, published at {@code /api/v1/auth/config}
 * @param identityCommandUrl      identity-command's internal HTTP API, which takes commands carrying secrets
 * @param registrationRateLimit   registrations per client IP per minute (0: unlimited)
 * @param confirmTimeout          how long the broker may take to confirm a command before the gateway answers 503
 * @param publisherChannels       the channels commands are published on, at most: a request that finds them all busy
 *                                waits for one, up to {@code confirmTimeout}, then gets 503
 * @param retryAfter              the {@code Retry-After} of a 503
 * @param heartbeat               pause between heartbeats on the event stream
 * @param routes                  where queries go
 */
@Validated
@ConfigurationProperties("eventualshop.gateway")
public record GatewayProperties(@DefaultValue("eventualshop") @NotBlank String clientId,
                                @NotBlank String clientSecret,
                                @DefaultValue("eventualshop-cli") String cliClientId,
                                @DefaultValue("http://localhost:9000") URI identityCommandUrl,
                                @DefaultValue("10") @PositiveOrZero int registrationRateLimit,
                                @DefaultValue("5s") Duration confirmTimeout,
                                @DefaultValue("32") @Positive int publisherChannels,
                                @DefaultValue("5s") Duration retryAfter,
                                @DefaultValue("15s") Duration heartbeat,
                                @DefaultValue Routes routes) {

    /**
     * @param identityQuery identity-query's origin ({@code GET /api/v1/me})
     * @param accountQuery  account-query's origin ({@code GET /api/v1/account})
     * @param communicationQuery communication-query's origin ({@code GET /api/v1/notifications})
     * @param catalogQuery  catalog-query's origin ({@code GET /api/v1/catalog/items}, {@code .../{id}})
     * @param warehouseQuery warehouse-query's origin ({@code GET /api/v1/warehouse/stock})
     * @param shoppingCartQuery shopping-cart-query's origin ({@code GET /api/v1/carts/current}, {@code .../{cartId}})
     * @param orderQuery    order-query's origin ({@code GET /api/v1/orders}, {@code .../{orderId}},
     *                      {@code /api/v1/admin/orders})
     * @param paymentQuery  payment-query's origin ({@code GET /api/v1/admin/payments})
     */
    public record Routes(@DefaultValue("http://localhost:9010") URI identityQuery,
                         @DefaultValue("http://localhost:9030") URI accountQuery,
                         @DefaultValue("http://localhost:9050") URI communicationQuery,
                         @DefaultValue("http://localhost:9070") URI catalogQuery,
                         @DefaultValue("http://localhost:9090") URI warehouseQuery,
                         @DefaultValue("http://localhost:9110") URI shoppingCartQuery,
                         @DefaultValue("http://localhost:9130") URI orderQuery,
                         @DefaultValue("http://localhost:9150") URI paymentQuery) {
    }
}
