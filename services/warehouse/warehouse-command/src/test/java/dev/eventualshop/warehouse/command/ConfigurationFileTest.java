package dev.eventualshop.warehouse.command;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eventualshop.warehouse.command.infrastructure.WarehouseProperties;
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
        assertThat(WarehouseCommandApplication.NAME).isEqualTo("warehouse-command");
        assertThat(new ClassPathResource("warehouse-command.yml").exists()).isTrue();
        assertThat(new ClassPathResource("application.yml").exists()).isFalse();
        assertThat(new ClassPathResource("application.properties").exists()).isFalse();
    }

    @Test
    void local_defaults_are_its_port_warehouses_exchanges_and_its_own_queues() {
        assertThat(binder.bind("server.port", Integer.class).get()).isEqualTo(9080);
        assertThat(binder.bind("eventualshop.messaging.context", String.class).get()).isEqualTo("warehouse");
        assertThat(binder.bind("eventualshop.messaging.service", String.class).get()).isEqualTo("warehouse-command");
        assertThat(binder.bind("spring.rabbitmq.port", Integer.class).get()).isEqualTo(5673);
        assertThat(binder.bind("management.endpoints.web.exposure.include", String.class).get()).startsWith("health");
    }

    @Test
    void an_open_reservation_is_released_a_minute_after_its_expiry() {
        assertThat(binder.bind("eventualshop.warehouse", WarehouseProperties.class).get().reservationReleaseGrace())
                .isEqualTo(Duration.ofMinutes(1));
    }

    @Test
    void the_database_is_a_local_h2_file_and_flyway_reads_the_event_store_and_its_own_location() {
        assertThat(binder.bind("spring.datasource.url", String.class).get())
                .startsWith("jdbc:h2:file:./.eventualshop/h2/warehouse-command");
        assertThat(binder.bind("spring.flyway.locations", String.class).get())
                .isEqualTo("classpath:db/eventstore/{vendor},classpath:db/migration/warehouse-command/{vendor}");
    }

    private static Binder binder() {
        try {
            List<PropertySource<?>> sources = new YamlPropertySourceLoader()
                    .load("warehouse-command", new ClassPathResource("warehouse-command.yml"));
            StandardEnvironment environment = new StandardEnvironment();
            sources.forEach(environment.getPropertySources()::addLast);
            return new Binder(ConfigurationPropertySources.from(environment.getPropertySources()));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
