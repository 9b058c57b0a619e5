package dev.eventualshop.communication.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
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
        assertThat(CommunicationQueryApplication.NAME).isEqualTo("communication-query");
        assertThat(new ClassPathResource("communication-query.yml").exists()).isTrue();
        assertThat(new ClassPathResource("application.yml").exists()).isFalse();
        assertThat(new ClassPathResource("application.properties").exists()).isFalse();
    }

    @Test
    void local_defaults_are_its_port_communications_exchanges_and_its_own_queues() {
        assertThat(binder.bind("server.port", Integer.class).get()).isEqualTo(9050);
        assertThat(binder.bind("eventualshop.messaging.context", String.class).get()).isEqualTo("communication");
        assertThat(binder.bind("eventualshop.messaging.service", String.class).get()).isEqualTo("communication-query");
        assertThat(binder.bind("spring.rabbitmq.port", Integer.class).get()).isEqualTo(5673);
        assertThat(binder.bind("management.endpoints.web.exposure.include", String.class).get()).startsWith("health");
    }

    @Test
    void the_read_model_is_its_own_database_and_tokens_are_identitys_for_the_api() {
        assertThat(binder.bind("spring.mongodb.uri", String.class).get()).endsWith("/communication-query");
        assertThat(binder.bind("eventualshop.identity.issuer", String.class).get()).isEqualTo("http://localhost:9000");
        assertThat(binder.bind("eventualshop.identity.jwk-set-uri", String.class).get())
                .isEqualTo("http://localhost:9000/oauth2/jwks");
        assertThat(binder.bind("eventualshop.identity.audience", String.class).get()).isEqualTo("eventualshop-api");
    }

    private static Binder binder() {
        try {
            List<PropertySource<?>> sources = new YamlPropertySourceLoader()
                    .load("communication-query", new ClassPathResource("communication-query.yml"));
            StandardEnvironment environment = new StandardEnvironment();
            sources.forEach(environment.getPropertySources()::addLast);
            return new Binder(ConfigurationPropertySources.from(environment.getPropertySources()));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
