package dev.eventualshop.gateway.query;

import static org.springframework.cloud.gateway.server.mvc.filter.BeforeFilterFunctions.removeRequestHeader;
import static org.springframework.cloud.gateway.server.mvc.filter.BeforeFilterFunctions.uri;
import static org.springframework.cloud.gateway.server.mvc.filter.TokenRelayFilterFunctions.tokenRelay;
import static org.springframework.cloud.gateway.server.mvc.handler.HandlerFunctions.http;

import dev.eventualshop.gateway.GatewayProperties;
import java.net.URI;
import org.springframework.beans.BeansException;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerResponse;
import org.springframework.web.servlet.function.support.RouterFunctionMapping;

/**
 * Queries are gateway routes to the query services. The caller's token goes along: a bearer token as it came,
 * a browser session's access token through {@code tokenRelay()}; the session cookie does not. The route mapping
 * is ordered before the annotated controllers (ARCHITECTURE.md, "Gateway"): otherwise a controller with the
 * same path and another method would answer the route's GET with 405.
 */
@Configuration(proxyBeanMethods = false)
public class QueryRoutes {

    @Bean
    RouterFunction<ServerResponse> identityQueries(GatewayProperties properties) {
        return routed(properties.routes().identityQuery(), "/api/v1/me");
    }

    @Bean
    RouterFunction<ServerResponse> accountQueries(GatewayProperties properties) {
        return routed(properties.routes().accountQuery(), "/api/v1/account");
    }

    @Bean
    RouterFunction<ServerResponse> communicationQueries(GatewayProperties properties) {
        return routed(properties.routes().communicationQuery(), "/api/v1/notifications");
    }

    /** The catalog is public: an anonymous call goes along without a token, an ADMIN's with theirs. */
    @Bean
    RouterFunction<ServerResponse> catalogQueries(GatewayProperties properties) {
        return routed(properties.routes().catalogQuery(), "/api/v1/catalog/items", "/api/v1/catalog/items/{itemId}");
    }

    @Bean
    RouterFunction<ServerResponse> warehouseQueries(GatewayProperties properties) {
        return routed(properties.routes().warehouseQuery(), "/api/v1/warehouse/stock");
    }

    @Bean
    RouterFunction<ServerResponse> shoppingCartQueries(GatewayProperties properties) {
        return routed(properties.routes().shoppingCartQuery(), "/api/v1/carts/current", "/api/v1/carts/{cartId}");
    }

    /** Only the reads: the order commands ({@code POST .../{orderId}/cancel} and the like) stay the gateway's. */
    @Bean
    RouterFunction<ServerResponse> orderQueries(GatewayProperties properties) {
        return routed(properties.routes().orderQuery(), "/api/v1/orders", "/api/v1/orders/{orderId}",
                "/api/v1/admin/orders");
    }

    /** An ADMIN's payments (PublicEndpoints keeps {@code /api/v1/admin/**} to ADMINs before anything is forwarded). */
    @Bean
    RouterFunction<ServerResponse> paymentQueries(GatewayProperties properties) {
        return routed(properties.routes().paymentQuery(), "/api/v1/admin/payments");
    }

    /** {@code GET} on each of {@code paths} forwarded to {@code service} with the caller's token, without the cookie. */
    private static RouterFunction<ServerResponse> routed(URI service, String... paths) {
        RouterFunctions.Builder route = RouterFunctions.route();
        for (String path : paths) {
            route.GET(path, http());
        }
        return route
                .before(uri(service))
                .before(removeRequestHeader(HttpHeaders.COOKIE))
                .filter(tokenRelay())
                .build();
    }

    /**
     * Pins the route mapping at order -1. Spring Framework 7 already gives it -1 (the suite passes without this),
     * but the API's shape depends on it, so it does not hang on a framework default.
     */
    @Bean
    static BeanPostProcessor routesFirst() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessBeforeInitialization(Object bean, String beanName) throws BeansException {
                if (bean instanceof RouterFunctionMapping mapping) {
                    mapping.setOrder(-1);
                }
                return bean;
            }
        };
    }
}
