package dev.eventualshop.payment.query;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eventualshop.web.testing.ConfigurationFiles;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;

/** The service's own configuration file holds the local defaults a launcher and a developer rely on. */
class ConfigurationFileTest {

    final Binder binder = ConfigurationFiles.binder(PaymentQueryApplication.NAME);

    @Test
    void the_service_reads_its_own_configuration_file_and_no_application_yml() {
        assertThat(PaymentQueryApplication.NAME).isEqualTo("payment-query");
        ConfigurationFiles.assertOnlyItsOwnFile(PaymentQueryApplication.NAME);
    }

    @Test
    void local_defaults_are_its_port_payment_exchanges_and_its_own_queues() {
        assertThat(binder.bind("server.port", Integer.class).get()).isEqualTo(9150);
        assertThat(binder.bind("eventualshop.messaging.context", String.class).get()).isEqualTo("payment");
        assertThat(binder.bind("eventualshop.messaging.service", String.class).get()).isEqualTo("payment-query");
        assertThat(binder.bind("spring.rabbitmq.port", Integer.class).get()).isEqualTo(5673);
        assertThat(binder.bind("management.endpoints.web.exposure.include", String.class).get()).startsWith("health");
    }

    @Test
    void the_read_model_is_its_own_database_and_tokens_are_identitys_for_the_api() {
        assertThat(binder.bind("spring.mongodb.uri", String.class).get()).endsWith("/payment-query");
        assertThat(binder.bind("eventualshop.identity.issuer", String.class).get()).isEqualTo("http://localhost:9000");
        assertThat(binder.bind("eventualshop.identity.jwk-set-uri", String.class).get())
                .isEqualTo("http://localhost:9000/oauth2/jwks");
        assertThat(binder.bind("eventualshop.identity.audience", String.class).get()).isEqualTo("eventualshop-api");
    }
}
