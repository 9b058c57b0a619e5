package dev.eventualshop.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

class InfrastructureSettingsTest {

    @Test
    void local_mode_keeps_its_data_under_dot_eventualshop_on_the_default_ports() {
        InfrastructureSettings local = InfrastructureSettings.local();

        assertThat(local.dataDir()).isEqualTo(Path.of(".eventualshop"));
        assertThat(local.broker().port()).isEqualTo(5673);
        assertThat(local.mongo().port()).isEqualTo(27018);
        assertThat(local.mongo().storeFile()).isEqualTo(Path.of(".eventualshop", "mongo.mv"));
        assertThat(local.smtp().port()).isEqualTo(3025);
    }

    @Test
    void ephemeral_settings_let_every_stand_in_pick_a_free_port() {
        InfrastructureSettings ephemeral = InfrastructureSettings.ephemeral(Path.of("t"));

        assertThat(ephemeral.broker().port()).isZero();
        assertThat(ephemeral.mongo().port()).isZero();
        assertThat(ephemeral.smtp().port()).isZero();
    }

    @Test
    void the_broker_and_mongodb_keep_their_data_in_the_one_folder_of_the_infrastructure() {
        Path dataDir = Path.of("one");

        assertThatThrownBy(() -> InfrastructureSettings.defaults(dataDir)
                .withBroker(BrokerSettings.defaults(Path.of("other"))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> InfrastructureSettings.defaults(dataDir)
                .withMongo(MongoSettings.defaults(Path.of("other"))))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
