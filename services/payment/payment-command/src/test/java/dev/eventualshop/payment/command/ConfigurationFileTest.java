package dev.eventualshop.payment.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
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
        assertThat(PaymentCommandApplication.NAME).isEqualTo("payment-command");
        assertThat(new ClassPathResource("payment-command.yml").exists()).isTrue();
        assertThat(new ClassPathResource("application.yml").exists()).isFalse();
        assertThat(new ClassPathResource("application.properties").exists()).isFalse();
    }

    @Test
    void local_defaults_are_its_port_payments_exchanges_and_its_own_queues() {
        assertThat(binder.bind("server.port", Integer.class).get()).isEqualTo(9140);
        assertThat(binder.bind("eventualshop.messaging.context", String.class).get()).isEqualTo("payment");
        assertThat(binder.bind("eventualshop.messaging.service", String.class).get()).isEqualTo("payment-command");
        assertThat(binder.bind("spring.rabbitmq.port", Integer.class).get()).isEqualTo(5673);
        assertThat(binder.bind("management.endpoints.web.exposure.include", String.class).get()).startsWith("health");
    }

    @Test
    void an_acquirer_call_times_out_and_is_retried_later_by_default() {
        assertThat(binder.bind("eventualshop.payment.acquirer.call-timeout", Duration.class).get())
                .isEqualTo(Duration.ofSeconds(10));
        assertThat(binder.bind("eventualshop.payment.acquirer.retry-after", Duration.class).get())
                .isEqualTo(Duration.ofSeconds(5));
    }

    @Test
    void the_database_is_a_local_h2_file_and_flyway_reads_the_event_store_and_its_own_location() {
        assertThat(binder.bind("spring.datasource.url", String.class).get())
                .startsWith("jdbc:h2:file:./.eventualshop/h2/payment-command");
        assertThat(binder.bind("spring.flyway.locations", String.class).get())
                .isEqualTo("classpath:db/eventstore/{vendor},classpath:db/migration/payment-command/{vendor}");
    }

    private static Binder binder() {
        try {
            List<PropertySource<?>> sources = new YamlPropertySourceLoader()
                    .load("payment-command", new ClassPathResource("payment-command.yml"));
            StandardEnvironment environment = new StandardEnvironment();
            sources.forEach(environment.getPropertySources()::addLast);
            return new Binder(ConfigurationPropertySources.from(environment.getPropertySources()));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
