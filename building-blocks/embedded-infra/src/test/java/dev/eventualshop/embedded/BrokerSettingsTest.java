package dev.eventualshop.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

class BrokerSettingsTest {

    private final Path dataDir = Path.of("data");

    @Test
    void the_defaults_are_guest_guest_on_5673_in_virtual_host_default_keeping_clear_of_rabbitmq_on_5672() {
        BrokerSettings settings = BrokerSettings.defaults(dataDir);

        assertThat(settings.port()).isEqualTo(5673);
        assertThat(settings.username()).isEqualTo("guest");
        assertThat(settings.password()).isEqualTo("guest");
        assertThat(settings.virtualHost()).isEqualTo("default");
        assertThat(settings.brokerDir()).isEqualTo(dataDir.resolve("broker"));
    }

    @Test
    void a_virtual_host_is_a_plain_name_because_it_also_names_a_folder_of_the_store() {
        assertThatThrownBy(() -> BrokerSettings.defaults(dataDir).withVirtualHost("/shop"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> BrokerSettings.defaults(dataDir).withVirtualHost("../shop"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(BrokerSettings.defaults(dataDir).withVirtualHost("run-42_test.a").virtualHost())
                .isEqualTo("run-42_test.a");
    }

    @Test
    void blank_credentials_and_ports_outside_0_to_65535_are_refused() {
        assertThatThrownBy(() -> BrokerSettings.defaults(dataDir).withCredentials("", "x"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> BrokerSettings.defaults(dataDir).withCredentials("x", " "))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> BrokerSettings.defaults(dataDir).withPort(-1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> BrokerSettings.defaults(dataDir).withPort(65_536))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(BrokerSettings.defaults(dataDir).withPort(0).port()).isZero();
    }
}
