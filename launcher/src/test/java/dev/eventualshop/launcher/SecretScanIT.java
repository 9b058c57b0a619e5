package dev.eventualshop.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import dev.eventualshop.messaging.Topology;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.LoggerFactory;
import org.springframework.amqp.core.Binding;
import org.springframework.amqp.core.BindingBuilder;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.Queue;
import org.springframework.amqp.rabbit.connection.CachingConnectionFactory;
import org.springframework.amqp.rabbit.core.RabbitAdmin;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A user's secrets stay where they belong: after registering, confirming, signing in and changing the
 * password, with DEBUG logging on, neither password, nor its hash, nor the confirmation token appears in any
 * event, {@code commands} row, message, read model or log line. Only identity-command's credentials table
 * holds the hash.
 */
@ExtendWith(RunningShop.class)
class SecretScanIT {

    private final ListAppender<ILoggingEvent> log = new ListAppender<>();
    private final Map<String, Level> levels = Map.of("dev.eventualshop", Level.DEBUG,
            "org.springframework.security", Level.DEBUG, "org.springframework.web", Level.DEBUG,
            "org.springframework.amqp", Level.DEBUG, "org.springframework.jdbc", Level.DEBUG);
    private final Map<String, Level> previous = new java.util.HashMap<>();

    @BeforeEach
    void captureDebugLogging() {
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        levels.forEach((name, level) -> {
            Logger logger = context.getLogger(name);
            previous.put(name, logger.getLevel());
            logger.setLevel(level);
        });
        log.setContext(context);
        log.start();
        context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).addAppender(log);
    }

    @AfterEach
    void restoreLogging() {
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).detachAppender(log);
        previous.forEach((name, level) -> context.getLogger(name).setLevel(level));
    }

    @Test
    void no_password_hash_or_token_leaves_the_credentials_table(Launcher shop) {
        var broker = shop.infrastructure().broker();
        CachingConnectionFactory connections = new CachingConnectionFactory(broker.host(), broker.port());
        connections.setUsername(broker.username());
        connections.setPassword(broker.password());
        connections.setVirtualHost(broker.virtualHost());
        try {
            RabbitAdmin admin = new RabbitAdmin(connections);
            // Qpid refuses the leader-locator argument of Spring's AnonymousQueue: a plain exclusive queue.
            Queue tap = new Queue("secret-scan-" + UUID.randomUUID(), false, true, true);
            admin.declareQueue(tap);
            for (String exchange : List.of(Topology.domainEvents("identity"), Topology.events("identity"),
                    Topology.OUTCOMES)) {
                admin.declareExchange(Topology.exchange(exchange));
                admin.declareBinding(new Binding(tap.getName(), Binding.DestinationType.QUEUE, exchange, "#", null));
            }
            admin.declareExchange(Topology.exchange(Topology.PROJECTION_UPDATES));
            admin.declareBinding(BindingBuilder.bind(tap).to(new org.springframework.amqp.core.FanoutExchange(
                    Topology.PROJECTION_UPDATES)));

            List<String> secrets = journey(shop);

            List<String> messages = drain(new RabbitTemplate(connections), tap.getName());
            assertThat(messages).as("the journey's messages were seen").isNotEmpty();
            JdbcTemplate identityDb = shop.services().get("identity-command").getBean(JdbcTemplate.class);
            List<String> rows = new ArrayList<>();
            identityDb.query("select * from events", rs -> { rows.add(row(rs)); });
            identityDb.query("select * from commands", rs -> { rows.add(row(rs)); });
            assertThat(rows).as("events and commands rows were seen").hasSizeGreaterThan(3);
            List<String> documents = documents(shop);
            assertThat(documents).as("read models were seen").isNotEmpty();
            List<String> lines = log.list.stream().map(event -> event.getFormattedMessage()
                    + (event.getThrowableProxy() == null ? "" : event.getThrowableProxy().getMessage())).toList();
            assertThat(lines).as("DEBUG lines were captured").hasSizeGreaterThan(50);

            for (String secret : secrets) {
                String shown = secret.substring(0, 4) + "…";
                assertThat(rows).as("events and commands rows hold %s", shown).noneMatch(r -> r.contains(secret));
                assertThat(messages).as("messages hold %s", shown).noneMatch(m -> m.contains(secret));
                assertThat(documents).as("read models hold %s", shown).noneMatch(d -> d.contains(secret));
                assertThat(lines).as("log lines hold %s", shown).noneMatch(l -> l.contains(secret));
            }
        } finally {
            connections.destroy();
        }
    }

    /** Registers, confirms, signs in and changes the password; returns every secret the journey made. */
    private static List<String> journey(Launcher shop) {
        ShopClient api = new ShopClient(shop.settings().shopUrl());
        String email = ShopClient.uniqueEmail("secretive");
        String password = "first-" + UUID.randomUUID();
        String newPassword = "second-" + UUID.randomUUID();
        assertThat(api.register(email, password, "Secretive").statusCode()).isEqualTo(202);
        Map<String, String> link = IdentityJourneyIT.confirmationLink(api, email, 1);
        assertThat(api.confirm(link.get("userId"), link.get("token")).statusCode()).isEqualTo(202);
        JdbcTemplate identityDb = shop.services().get("identity-command").getBean(JdbcTemplate.class);
        String firstHash = identityDb.queryForObject("select password_hash from credentials where user_id = ?",
                String.class, UUID.fromString(link.get("userId")));
        String accessToken = IdentityJourneyIT.identity(shop).signInWithPkce(email, password)
                .get("access_token").asString();
        assertThat(api.changePassword(accessToken, password, newPassword).statusCode()).isEqualTo(202);
        String newHash = await().atMost(Duration.ofSeconds(30)).until(() -> identityDb.queryForObject(
                "select password_hash from credentials where user_id = ?", String.class,
                UUID.fromString(link.get("userId"))), hash -> !hash.equals(firstHash));
        return List.of(password, newPassword, firstHash, newHash, link.get("token"));
    }

    private static List<String> drain(RabbitTemplate template, String queue) {
        List<String> bodies = new ArrayList<>();
        await().pollDelay(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(10)).until(() -> {
            Message message;
            while ((message = template.receive(queue)) != null) {
                bodies.add(new String(message.getBody(), StandardCharsets.UTF_8) + message.getMessageProperties());
            }
            return true;
        });
        return bodies;
    }

    private static List<String> documents(Launcher shop) {
        List<String> documents = new ArrayList<>();
        try (MongoClient mongo = MongoClients.create(shop.infrastructure().mongo().connectionString())) {
            for (String database : List.of("identity-query", "gateway")) {
                for (String collection : mongo.getDatabase(database).listCollectionNames()) {
                    for (Document document : mongo.getDatabase(database).getCollection(collection).find()) {
                        documents.add(document.toJson());
                    }
                }
            }
        }
        return documents;
    }

    private static String row(java.sql.ResultSet rs) throws java.sql.SQLException {
        StringBuilder row = new StringBuilder();
        for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
            row.append(rs.getString(i)).append('|');
        }
        return row.toString();
    }
}
