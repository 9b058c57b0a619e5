package dev.eventualshop.gateway.identity;

import dev.eventualshop.gateway.GatewayProperties;
import dev.eventualshop.web.RateLimiter;
import java.time.Clock;
import java.time.Duration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The client of identity-command's internal API and the registration rate limit. */
@Configuration(proxyBeanMethods = false)
class IdentityConfiguration {

    @Bean
    IdentityCommandClient identityCommandClient(GatewayProperties properties) {
        return new IdentityCommandClient(properties.identityCommandUrl(), Duration.ofSeconds(10));
    }

    /** Registrations per client address in any 60 seconds (0: none). */
    @Bean
    RateLimiter registrationRateLimiter(GatewayProperties properties, Clock clock) {
        return new RateLimiter(properties.registrationRateLimit(), Duration.ofMinutes(1), clock);
    }
}
