package dev.eventualshop.identity.query;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eventualshop.messaging.config.MessagingProperties;
import dev.eventualshop.web.security.IdentityTokenProperties;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.PropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ClassPathResource;

/** The service's own configuration file holds the local defaults a launcher and a developer rely on. */
class ConfigurationFileTest {

    final Binder binder = binder();

    @Test
    void the_service_reads_its_own_configuration_file_and_no_application_yml() {
        assertThat(IdentityQueryApplication.defaultProperties()).containsEntry("spring.config.name", "identity-query");
        assertThat(new ClassPathResource("identity-query.yml").exists()).isTrue();
        assertThat(new ClassPathResource("application.yml").exists()).isFalse();
        assertThat(new ClassPathResource("application.properties").exists()).isFalse();
    }

    @Test
    void identity_defaults_to_local_mode_with_the_apis_audience() {
        IdentityTokenProperties identity = binder.bind("eventualshop.identity", IdentityTokenProperties.class).get();

        assertThat(identity.jwkSetUri()).isEqualTo(URI.create("http://localhost:9000/oauth2/jwks"));
        assertThat(identity.issuer()).isEqualTo("http://localhost:9000");
        assertThat(identity.audience()).isEqualTo("eventualshop-api");
    }

    @Test
    void local_defaults_are_port_9010_its_own_database_and_identitys_events() {
        MessagingProperties messaging = binder.bind("eventualshop.messaging", MessagingProperties.class).get();

        assertThat(binder.bind("server.port", Integer.class).get()).isEqualTo(9010);
        assertThat(binder.bind("spring.mongodb.uri", String.class).get()).endsWith("/identity-query");
        assertThat(messaging.context()).isEqualTo("identity");
        assertThat(messaging.service()).isEqualTo("identity-query");
        assertThat(binder.bind("spring.threads.virtual.enabled", Boolean.class).get()).isTrue();
        assertThat(binder.bind("spring.web.resources.add-mappings", Boolean.class).get()).as("serves no static files")
                .isFalse();
    }

    private static Binder binder() {
        try {
            List<PropertySource<?>> sources = new YamlPropertySourceLoader()
                    .load("identity-query", new ClassPathResource("identity-query.yml"));
            StandardEnvironment environment = new StandardEnvironment();
            sources.forEach(environment.getPropertySources()::addLast);
            return new Binder(ConfigurationPropertySources.from(environment.getPropertySources()));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
