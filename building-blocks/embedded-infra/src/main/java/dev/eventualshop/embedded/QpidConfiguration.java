package dev.eventualshop.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.qpid.server.model.BrokerModel;
import org.apache.qpid.server.model.SystemConfig;

import tools.jackson.databind.json.JsonMapper;

/**
 * The Qpid Broker-J start-up attributes and initial configuration for one {@link BrokerSettings}.
 *
 * <p>The broker model is kept in memory and rebuilt from this configuration on every start, so a changed
 * port or password takes effect; only the virtual host node (a Derby store under {@code <dataDir>/broker})
 * persists, holding the durable exchanges, queues, bindings and messages. Both files are written to the
 * temporary folder and handed over as {@code file:} URIs: Qpid's {@code classpath:} defaults cannot be
 * read from inside a Spring Boot fat jar.
 */
final class QpidConfiguration {

    static final String AMQP_PORT_NAME = "AMQP";
    private static final String AUTHENTICATION_PROVIDER = "plain";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Path initialConfiguration;
    private final Path systemProperties;

    private QpidConfiguration(Path initialConfiguration, Path systemProperties) {
        this.initialConfiguration = initialConfiguration;
        this.systemProperties = systemProperties;
    }

    static QpidConfiguration write(BrokerSettings settings) {
        try {
            Files.createDirectories(settings.brokerDir());
            // createTempFile makes the file readable by its owner only: it holds the password.
            Path config = Files.createTempFile("eventualshop-qpid-", ".json");
            Files.writeString(config, JSON.writeValueAsString(initialConfiguration(settings)));
            Path properties = Files.createTempFile("eventualshop-qpid-", ".properties");
            return new QpidConfiguration(config, properties);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the embedded broker's configuration", e);
        }
    }

    /** The attributes {@code SystemLauncher.startup} expects. */
    Map<String, Object> systemAttributes(BrokerSettings settings) {
        String workDir = settings.brokerDir().toAbsolutePath().toString();
        Map<String, Object> attributes = new LinkedHashMap<>();
        attributes.put(SystemConfig.TYPE, "Memory");
        attributes.put(SystemConfig.INITIAL_CONFIGURATION_LOCATION, initialConfiguration.toUri().toString());
        attributes.put(SystemConfig.INITIAL_SYSTEM_PROPERTIES_LOCATION, systemProperties.toUri().toString());
        attributes.put(SystemConfig.STARTUP_LOGGED_TO_SYSTEM_OUT, false);
        attributes.put(SystemConfig.CONTEXT, Map.of(
                SystemConfig.QPID_WORK_DIR, workDir,
                SystemConfig.PROPERTY_QPID_WORK, workDir,
                // A port that cannot bind or a store that cannot open must fail the start, not leave a
                // half-working broker behind.
                "broker.failStartupWithErroredChild", "true",
                "broker.failStartupWithErroredChildScope", "ALL"));
        return attributes;
    }

    /** The initial configuration file, a temporary file until {@link #delete()}. */
    Path initialConfiguration() {
        return initialConfiguration;
    }

    void delete() {
        try {
            Files.deleteIfExists(initialConfiguration);
            Files.deleteIfExists(systemProperties);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot delete the embedded broker's temporary configuration", e);
        }
    }

    private static Map<String, Object> initialConfiguration(BrokerSettings settings) {
        Map<String, Object> user = Map.of(
                "name", settings.username(), "type", "managed", "password", settings.password());
        Map<String, Object> authentication = Map.of(
                "name", AUTHENTICATION_PROVIDER,
                "type", "Plain",
                // The RabbitMQ client speaks SASL PLAIN only; Qpid refuses it on a non-TLS port unless told.
                "secureOnlyMechanisms", List.of(),
                "users", List.of(user));
        Map<String, Object> port = Map.of(
                "name", AMQP_PORT_NAME,
                "type", "AMQP",
                "port", settings.port(),
                "bindingAddress", Ports.LOOPBACK,
                "protocols", List.of("AMQP_0_9_1"),
                "authenticationProvider", AUTHENTICATION_PROVIDER,
                "virtualhostaliases", List.of(
                        // The client's virtual host name, with any leading '/' stripped by Qpid...
                        Map.of("name", "nameAlias", "type", "nameAlias"),
                        // ...or RabbitMQ's default "/" (empty after stripping): the default node.
                        Map.of("name", "defaultAlias", "type", "defaultAlias")));
        Map<String, Object> virtualHostNode = Map.of(
                "name", settings.virtualHost(),
                "type", "DERBY",
                "defaultVirtualHostNode", true,
                "storePath", settings.brokerDir().resolve(settings.virtualHost()).toAbsolutePath().toString(),
                // Used only when the store holds no virtual host yet: the messages live in the node's store.
                "virtualHostInitialConfiguration", "{\"type\":\"ProvidedStore\"}");
        Map<String, Object> broker = new LinkedHashMap<>();
        broker.put("name", "eventualshop-embedded");
        broker.put("modelVersion", BrokerModel.MODEL_VERSION);
        broker.put("authenticationproviders", List.of(authentication));
        broker.put("ports", List.of(port));
        broker.put("virtualhostnodes", List.of(virtualHostNode));
        return broker;
    }
}
