package dev.eventualshop.web;

import dev.eventualshop.web.problem.BodyLimitFilter;
import dev.eventualshop.web.problem.ProblemDetailsAdvice;
import dev.eventualshop.web.problem.ProblemErrorController;
import dev.eventualshop.web.security.IdentityJwt;
import dev.eventualshop.web.security.IdentityTokenProperties;
import dev.eventualshop.web.security.KeysUnavailableFilter;
import dev.eventualshop.web.security.ProblemAccessDeniedHandler;
import dev.eventualshop.web.security.ProblemAuthenticationEntryPoint;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Strict JSON, problem details and the resource-server defaults for every servlet service. Ordered before
 * Boot's Jackson, error-page and resource-server auto-configurations, which back off for these beans.
 */
@AutoConfiguration(beforeName = {
        "org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration",
        "org.springframework.boot.webmvc.autoconfigure.error.ErrorMvcAutoConfiguration",
        "org.springframework.boot.security.oauth2.server.resource.autoconfigure.servlet.OAuth2ResourceServerAutoConfiguration"})
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableConfigurationProperties({WebProperties.class, IdentityTokenProperties.class})
public class WebAutoConfiguration {

    @Bean
    JsonMapperBuilderCustomizer strictJsonCustomizer() {
        return StrictJson.customizer();
    }

    /** Boot's mapper, over a factory with stream read constraints, with every customizer applied. */
    @Bean
    @ConditionalOnMissingBean
    JsonMapper jacksonJsonMapper(WebProperties properties, ObjectProvider<JsonMapperBuilderCustomizer> customizers) {
        List<JsonMapperBuilderCustomizer> ordered = customizers.orderedStream().toList();
        return StrictJson.mapper(properties, ordered);
    }

    @Bean
    ProblemDetailsAdvice problemDetailsAdvice() {
        return new ProblemDetailsAdvice();
    }

    @Bean
    @ConditionalOnMissingBean(org.springframework.boot.webmvc.error.ErrorController.class)
    ProblemErrorController problemErrorController(JsonMapper mapper) {
        return new ProblemErrorController(mapper);
    }

    @Bean
    FilterRegistrationBean<BodyLimitFilter> bodyLimitFilter(WebProperties properties, JsonMapper mapper) {
        FilterRegistrationBean<BodyLimitFilter> registration =
                new FilterRegistrationBean<>(new BodyLimitFilter(properties.maxBodyBytes(), mapper));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(JwtDecoder.class)
    static class Security {

        @Bean
        @ConditionalOnMissingBean
        ProblemAuthenticationEntryPoint problemAuthenticationEntryPoint(JsonMapper mapper) {
            return new ProblemAuthenticationEntryPoint(mapper);
        }

        @Bean
        @ConditionalOnMissingBean
        ProblemAccessDeniedHandler problemAccessDeniedHandler(JsonMapper mapper) {
            return new ProblemAccessDeniedHandler(mapper);
        }

        /**
         * 503 while tokens cannot be checked (Identity's keys unreachable); it wraps Spring Security's filter
         * chain (order -100), so it sees what that chain rethrows.
         */
        @Bean
        FilterRegistrationBean<KeysUnavailableFilter> keysUnavailableFilter(JsonMapper mapper) {
            FilterRegistrationBean<KeysUnavailableFilter> registration =
                    new FilterRegistrationBean<>(new KeysUnavailableFilter(mapper));
            registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
            return registration;
        }

        /** Identity's tokens, validated from its JWK set URI; no discovery call at start-up. */
        @Bean
        @ConditionalOnMissingBean
        JwtDecoder jwtDecoder(IdentityTokenProperties properties) {
            return IdentityJwt.decoder(properties);
        }

        @Bean
        @ConditionalOnMissingBean
        JwtAuthenticationConverter jwtAuthenticationConverter() {
            return IdentityJwt.authenticationConverter();
        }
    }
}
