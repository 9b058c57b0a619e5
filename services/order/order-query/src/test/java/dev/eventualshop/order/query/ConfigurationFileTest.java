package dev.eventualshop.order.query;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eventualshop.web.testing.ConfigurationFiles;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;

/** The service's own configuration file holds the local defaults a launcher and a developer rely on. */
class ConfigurationFileTest {

    final Binder binder = ConfigurationFiles.binder(OrderQueryApplication.NAME);

    @Test
    void the_service_reads_its_own_configuration_file_and_no_application_yml() {
        assertThat(OrderQueryApplication.NAME).isEqualTo("order-query");
        ConfigurationFiles.assertOnlyItsOwnFile(OrderQueryApplication.NAME);
    }

    @Test
    void local_defaults_are_its_port_order_exchanges_and_its_own_queues() {
        assertThat(binder.bind("server.port", Integer.class).get()).isEqualTo(9130);
        assertThat(binder.bind("eventualshop.messaging.context", String.class).get()).isEqualTo("order");
        assertThat(binder.bind("eventualshop.messaging.service", String.class).get()).isEqualTo("order-query");
        assertThat(binder.bind("spring.rabbitmq.port", Integer.class).get()).isEqualTo(5673);
        assertThat(binder.bind("management.endpoints.web.exposure.include", String.class).get()).startsWith("health");
    }

    @Test
    void the_read_model_is_its_own_database_and_tokens_are_identitys_for_the_api() {
        assertThat(binder.bind("spring.mongodb.uri", String.class).get()).endsWith("/order-query");
        assertThat(binder.bind("eventualshop.identity.issuer", String.class).get()).isEqualTo("http://localhost:9000");
        assertThat(binder.bind("eventualshop.identity.jwk-set-uri", String.class).get())
                .isEqualTo("http://localhost:9000/oauth2/jwks");
        assertThat(binder.bind("eventualshop.identity.audience", String.class).get()).isEqualTo("eventualshop-api");
    }
}
