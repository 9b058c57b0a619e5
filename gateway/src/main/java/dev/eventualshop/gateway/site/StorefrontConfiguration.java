package dev.eventualshop.gateway.site;

import java.time.Duration;
import java.util.List;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The storefront, from {@code classpath:/storefront/} (the webapp jar, plus the demo catalog's images): Vite's
 * content-hashed {@code /assets/} are cached for a year, everything else is revalidated so a new build shows at
 * once. A GET for a client route ({@code /products/{id}}, {@code /orders/{id}}, ...) gets {@code index.html}, and
 * the SPA's router draws the page; the API, dev, sign-in, actuator and API-doc paths never do.
 */
@Configuration(proxyBeanMethods = false)
class StorefrontConfiguration implements WebMvcConfigurer {

    static final String LOCATION = "classpath:/storefront/";

    /** First path segments that belong to the server, never to the storefront (Swagger UI's page included). */
    static final List<String> SERVER_PATHS = List.of("api", "dev", "oauth2", "login", "logout", "actuator",
            "v3", "swagger-ui", "swagger-ui.html");

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        registry.addResourceHandler("/assets/**")
                .addResourceLocations(LOCATION + "assets/")
                .setCacheControl(CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable());
        registry.addResourceHandler("/**")
                .addResourceLocations(LOCATION)
                .setCacheControl(CacheControl.noCache())
                .resourceChain(true)
                .addResolver(new StorefrontResolver(SERVER_PATHS));
    }
}
