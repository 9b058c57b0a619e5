package dev.eventualshop.launcher;

import dev.eventualshop.account.command.AccountCommandApplication;
import dev.eventualshop.communication.command.CommunicationCommandApplication;
import dev.eventualshop.account.query.AccountQueryApplication;
import dev.eventualshop.embedded.EmbeddedInfrastructure;
import dev.eventualshop.embedded.EmbeddedSmtp;
import dev.eventualshop.gateway.GatewayApplication;
import dev.eventualshop.gateway.site.DevMailbox;
import dev.eventualshop.identity.command.IdentityCommandApplication;
import dev.eventualshop.identity.query.IdentityQueryApplication;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The services local mode runs, in start order, with the properties that wire them to each other and to the
 * embedded infrastructure. Consumers start first, so their queues exist before a relay publishes: a domain
 * event or an outcome that no queue takes stays unsent and alerts (ADR 0006). None of them calls Identity while
 * starting (no discovery: endpoints and the JWK set URI are configured), so Identity can come last.
 */
final class LocalServices {

    private LocalServices() {
    }

    static List<LocalService> all(LauncherSettings settings, LocalSecrets secrets, EmbeddedInfrastructure infra) {
        var ports = settings.ports();
        String issuer = settings.url(ports.identityCommand());
        String shop = settings.shopUrl();

        Map<String, Object> identityCommand = common("identity-command", ports.identityCommand(), infra);
        identityCommand.putAll(h2("identity-command", settings.dataDir()));
        identityCommand.put("eventualshop.identity.issuer", issuer);
        identityCommand.put("eventualshop.identity.storefront-url", shop);
        identityCommand.put("eventualshop.identity.clients.gateway-url", shop);
        identityCommand.put("eventualshop.identity.clients.gateway-secret", secrets.gatewayClientSecret());
        identityCommand.put("eventualshop.identity.keys.current-private", secrets.signingKey().toAbsolutePath());
        identityCommand.put("eventualshop.identity.keys.current-public", secrets.signingPublicKey().toAbsolutePath());
        identityCommand.put("eventualshop.identity.admin.email", secrets.adminEmail());
        identityCommand.put("eventualshop.identity.admin.password", secrets.adminPassword());

        Map<String, Object> identityQuery = common("identity-query", ports.identityQuery(), infra);
        identityQuery.putAll(mongo("identity-query", infra));
        identityQuery.putAll(tokens(issuer));

        Map<String, Object> accountCommand = common("account-command", ports.accountCommand(), infra);
        accountCommand.putAll(h2("account-command", settings.dataDir()));

        Map<String, Object> accountQuery = common("account-query", ports.accountQuery(), infra);
        accountQuery.putAll(mongo("account-query", infra));
        accountQuery.putAll(tokens(issuer));

        Map<String, Object> communicationCommand = common("communication-command", ports.communicationCommand(), infra);
        communicationCommand.putAll(h2("communication-command", settings.dataDir()));
        communicationCommand.put("spring.mail.host", infra.smtp().host());
        communicationCommand.put("spring.mail.port", settings.mailPort());

        Map<String, Object> gateway = common("gateway", ports.gateway(), infra);
        gateway.putAll(mongo("gateway", infra));
        gateway.putAll(tokens(issuer));
        gateway.put("eventualshop.gateway.client-secret", secrets.gatewayClientSecret());
        gateway.put("eventualshop.gateway.identity-command-url", issuer);
        gateway.put("eventualshop.gateway.routes.identity-query", settings.url(ports.identityQuery()));
        gateway.put("eventualshop.gateway.routes.account-query", settings.url(ports.accountQuery()));

        return List.of(
                new LocalService("identity-query", IdentityQueryApplication.class, identityQuery),
                new LocalService("account-query", AccountQueryApplication.class, accountQuery),
                new LocalService("gateway", GatewayApplication.class, gateway, List.of(devMailbox(infra.smtp()))),
                // Account takes Identity's public UserRegistered, which is published without mandatory routing
                // (ADR 0006): its queue must exist before identity-command's relay starts.
                new LocalService("account-command", AccountCommandApplication.class, accountCommand),
                // Identity asks Communication for its mails through its outbox, published with mandatory routing:
                // the request queue must exist before identity-command's relay starts.
                new LocalService("communication-command", CommunicationCommandApplication.class,
                        communicationCommand),
                new LocalService("identity-command", IdentityCommandApplication.class, identityCommand));
    }

    /** What every service gets: its own name and port, the embedded broker, and one logging set-up. */
    private static Map<String, Object> common(String name, int port, EmbeddedInfrastructure infra) {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("spring.config.name", name);
        properties.put("spring.application.name", name);
        properties.put("server.port", port);
        properties.put("spring.main.banner-mode", "off");
        properties.put("spring.rabbitmq.host", infra.broker().host());
        properties.put("spring.rabbitmq.port", infra.broker().port());
        properties.put("spring.rabbitmq.username", infra.broker().username());
        properties.put("spring.rabbitmq.password", infra.broker().password());
        properties.put("spring.rabbitmq.virtual-host", infra.broker().virtualHost());
        return properties;
    }

    /** The service's own H2 database, in a file under the data directory, and its Flyway locations. */
    private static Map<String, Object> h2(String name, Path dataDir) {
        Path file = dataDir.resolve("h2").resolve(name).toAbsolutePath();
        return Map.of(
                "spring.datasource.url", "jdbc:h2:file:" + file + ";MODE=MSSQLServer",
                "spring.datasource.username", "sa",
                "spring.flyway.locations", "classpath:db/eventstore/{vendor},classpath:db/migration/" + name + "/{vendor}");
    }

    /** The service's own MongoDB database on the stand-in. */
    private static Map<String, Object> mongo(String name, EmbeddedInfrastructure infra) {
        return Map.of("spring.mongodb.uri", infra.mongo().connectionString() + "/" + name,
                "spring.mongodb.database", name);
    }

    /** Where a service validates tokens: Identity's JWK set, without a discovery call at start-up. */
    private static Map<String, Object> tokens(String issuer) {
        return Map.of("eventualshop.identity.issuer", issuer,
                "eventualshop.identity.jwk-set-uri", issuer + "/oauth2/jwks");
    }

    /** Local mode's mailbox for {@code GET /dev/mail}: what the embedded SMTP caught. */
    private static ApplicationContextInitializer<ConfigurableApplicationContext> devMailbox(EmbeddedSmtp smtp) {
        DevMailbox mailbox = to -> smtp.received(to).stream()
                .map(mail -> DevMailbox.Mail.of(mail.to(), mail.subject(), mail.text()))
                .toList();
        return context -> context.getBeanFactory().registerSingleton("devMailbox", mailbox);
    }
}
