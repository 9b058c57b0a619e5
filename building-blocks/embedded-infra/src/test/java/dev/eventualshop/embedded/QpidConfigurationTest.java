package dev.eventualshop.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class QpidConfigurationTest {

    @TempDir
    Path dataDir;

    @Test
    void the_broker_listens_on_loopback_only_for_amqp_0_9_1() throws Exception {
        JsonNode port = written(settings()).get("ports").get(0);

        assertThat(port.get("bindingAddress").asString()).isEqualTo("127.0.0.1");
        assertThat(port.get("port").asInt()).isEqualTo(5673);
        assertThat(port.get("protocols").toString()).isEqualTo("[\"AMQP_0_9_1\"]");
    }

    @Test
    void sasl_plain_is_allowed_without_tls_because_the_rabbitmq_client_offers_nothing_else() throws Exception {
        JsonNode provider = written(settings()).get("authenticationproviders").get(0);

        assertThat(provider.get("secureOnlyMechanisms").isEmpty()).isTrue();
        assertThat(provider.get("users").get(0).get("name").asString()).isEqualTo("shop");
        assertThat(provider.get("users").get(0).get("password").asString()).isEqualTo("s3cret");
    }

    @Test
    void the_virtual_host_keeps_its_messages_in_a_derby_store_under_the_broker_folder() throws Exception {
        BrokerSettings settings = settings();
        JsonNode node = written(settings).get("virtualhostnodes").get(0);

        assertThat(node.get("name").asString()).isEqualTo("shop");
        assertThat(node.get("type").asString()).isEqualTo("DERBY");
        assertThat(node.get("storePath").asString())
                .isEqualTo(dataDir.resolve("broker").resolve("shop").toAbsolutePath().toString());
        assertThat(node.get("virtualHostInitialConfiguration").asString()).contains("ProvidedStore");
    }

    @Test
    void the_configuration_is_handed_over_as_file_uris_readable_by_the_owner_only_and_deleted_after_start() throws Exception {
        BrokerSettings settings = settings();
        QpidConfiguration configuration = QpidConfiguration.write(settings);
        Path file = configuration.initialConfiguration();

        Map<String, Object> attributes = configuration.systemAttributes(settings);
        assertThat(attributes.get("type")).isEqualTo("Memory");
        assertThat((String) attributes.get("initialConfigurationLocation")).startsWith("file:");
        assertThat((String) attributes.get("initialSystemPropertiesLocation")).startsWith("file:");
        assertThat(Files.getPosixFilePermissions(file))
                .containsOnly(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);

        configuration.delete();
        assertThat(file).doesNotExist();
    }

    private BrokerSettings settings() {
        return new BrokerSettings(5673, "shop", "s3cret", "shop", dataDir);
    }

    private static JsonNode written(BrokerSettings settings) throws Exception {
        QpidConfiguration configuration = QpidConfiguration.write(settings);
        try {
            return JsonMapper.builder().build().readTree(Files.readString(configuration.initialConfiguration()));
        } finally {
            configuration.delete();
        }
    }
}
