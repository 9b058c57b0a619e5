package dev.eventualshop.launcher;

import dev.eventualshop.account.command.AccountCommandApplication;
import dev.eventualshop.account.query.AccountQueryApplication;
import dev.eventualshop.catalog.command.CatalogCommandApplication;
import dev.eventualshop.catalog.query.CatalogQueryApplication;
import dev.eventualshop.communication.command.CommunicationCommandApplication;
import dev.eventualshop.communication.query.CommunicationQueryApplication;
import dev.eventualshop.embedded.EmbeddedInfrastructure;
import dev.eventualshop.embedded.EmbeddedSmtp;
import dev.eventualshop.gateway.GatewayApplication;
import dev.eventualshop.gateway.site.DevMailbox;
import dev.eventualshop.identity.command.IdentityCommandApplication;
import dev.eventualshop.identity.query.IdentityQueryApplication;
import dev.eventualshop.order.command.OrderCommandApplication;
import dev.eventualshop.order.query.OrderQueryApplication;
import dev.eventualshop.payment.command.PaymentCommandApplication;
import dev.eventualshop.payment.query.PaymentQueryApplication;
import dev.eventualshop.shoppingcart.command.ShoppingCartCommandApplication;
import dev.eventualshop.shoppingcart.query.ShoppingCartQueryApplication;
import dev.eventualshop.warehouse.command.WarehouseCommandApplication;
import dev.eventualshop.warehouse.query.WarehouseQueryApplication;
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
        return wired(settings, secrets, infra).stream()
                .map(service -> service.tuned(settings.tuningOf(service.name()))).toList();
    }

    private static List<LocalService> wired(LauncherSettings settings, LocalSecrets secrets,
                                            EmbeddedInfrastructure infra) {
        var ports = settings.ports();
        String issuer = settings.url(ports.identityCommand());
        String shop = settings.shopUrl();
        Map<String, Object> broker = (settings.broker() == null ? infra.broker().address() : settings.broker())
                .properties();

        Map<String, Object> identityCommand = common("identity-command", ports.identityCommand(), broker);
        identityCommand.putAll(h2("identity-command", settings.dataDir()));
        identityCommand.put("eventualshop.identity.issuer", issuer);
        identityCommand.put("eventualshop.identity.storefront-url", shop);
        identityCommand.put("eventualshop.identity.clients.gateway-url", shop);
        identityCommand.put("eventualshop.identity.clients.gateway-secret", secrets.gatewayClientSecret());
        identityCommand.put("eventualshop.identity.keys.current-private", secrets.signingKey().toAbsolutePath());
        identityCommand.put("eventualshop.identity.keys.current-public", secrets.signingPublicKey().toAbsolutePath());
        identityCommand.put("eventualshop.identity.admin.email", secrets.adminEmail());
        identityCommand.put("eventualshop.identity.admin.password", secrets.adminPassword());

        Map<String, Object> identityQuery = query("identity-query", ports.identityQuery(), infra, broker, issuer);

        Map<String, Object> accountCommand = common("account-command", ports.accountCommand(), broker);
        accountCommand.putAll(h2("account-command", settings.dataDir()));

        Map<String, Object> accountQuery = query("account-query", ports.accountQuery(), infra, broker, issuer);

        Map<String, Object> communicationCommand = common("communication-command", ports.communicationCommand(), broker);
        communicationCommand.putAll(h2("communication-command", settings.dataDir()));
        communicationCommand.put("spring.mail.host", infra.smtp().host());
        communicationCommand.put("spring.mail.port", settings.mailPort());
        communicationCommand.put("eventualshop.communication.storefront-url", shop);

        Map<String, Object> communicationQuery = query("communication-query", ports.communicationQuery(), infra, broker, issuer);

        Map<String, Object> catalogCommand = common("catalog-command", ports.catalogCommand(), broker);
        catalogCommand.putAll(h2("catalog-command", settings.dataDir()));
        Map<String, Object> catalogQuery = query("catalog-query", ports.catalogQuery(), infra, broker, issuer);
        Map<String, Object> warehouseQuery = query("warehouse-query", ports.warehouseQuery(), infra, broker, issuer);
        Map<String, Object> cartQuery = query("shopping-cart-query", ports.cartQuery(), infra, broker, issuer);
        Map<String, Object> warehouseCommand = common("warehouse-command", ports.warehouseCommand(), broker);
        warehouseCommand.putAll(h2("warehouse-command", settings.dataDir()));
        Map<String, Object> cartCommand = common("shopping-cart-command", ports.cartCommand(), broker);
        cartCommand.putAll(h2("shopping-cart-command", settings.dataDir()));
        Map<String, Object> orderQuery = query("order-query", ports.orderQuery(), infra, broker, issuer);
        Map<String, Object> orderCommand = common("order-command", ports.orderCommand(), broker);
        orderCommand.putAll(h2("order-command", settings.dataDir()));
        Map<String, Object> paymentQuery = query("payment-query", ports.paymentQuery(), infra, broker, issuer);
        Map<String, Object> paymentCommand = common("payment-command", ports.paymentCommand(), broker);
        paymentCommand.putAll(h2("payment-command", settings.dataDir()));

        Map<String, Object> gateway = common("gateway", ports.gateway(), broker);
        gateway.putAll(mongo("gateway", infra));
        gateway.putAll(tokens(issuer));
        gateway.put("eventualshop.gateway.client-secret", secrets.gatewayClientSecret());
        gateway.put("eventualshop.gateway.identity-command-url", issuer);
        gateway.put("eventualshop.gateway.routes.identity-query", settings.url(ports.identityQuery()));
        gateway.put("eventualshop.gateway.routes.account-query", settings.url(ports.accountQuery()));
        gateway.put("eventualshop.gateway.routes.communication-query", settings.url(ports.communicationQuery()));
        gateway.put("eventualshop.gateway.routes.catalog-query", settings.url(ports.catalogQuery()));
        gateway.put("eventualshop.gateway.routes.warehouse-query", settings.url(ports.warehouseQuery()));
        gateway.put("eventualshop.gateway.routes.shopping-cart-query", settings.url(ports.cartQuery()));
        gateway.put("eventualshop.gateway.routes.order-query", settings.url(ports.orderQuery()));
        gateway.put("eventualshop.gateway.routes.payment-query", settings.url(ports.paymentQuery()));

        return List.of(
                new LocalService("identity-query", IdentityQueryApplication.class, identityQuery),
                new LocalService("account-query", AccountQueryApplication.class, accountQuery),
                new LocalService("communication-query", CommunicationQueryApplication.class, communicationQuery),
                new LocalService("catalog-query", CatalogQueryApplication.class, catalogQuery),
                new LocalService("warehouse-query", WarehouseQueryApplication.class, warehouseQuery),
                new LocalService("shopping-cart-query", ShoppingCartQueryApplication.class, cartQuery),
                new LocalService("order-query", OrderQueryApplication.class, orderQuery),
                // Payment's domain events are published with mandatory routing (ADR 0006): payment-query's queue on
                // payment.domain-events must exist before payment-command's relay starts, or its first event is
                // refused and the relay never gets past it.
                new LocalService("payment-query", PaymentQueryApplication.class, paymentQuery),
                new LocalService("gateway", GatewayApplication.class, gateway, List.of(devMailbox(infra.smtp()))),
                // Account takes Identity's public UserRegistered, which is published without mandatory routing
                // (ADR 0006): its queue must exist before identity-command's relay starts.
                new LocalService("account-command", AccountCommandApplication.class, accountCommand),
                // Identity asks Communication for its mails through its outbox, published with mandatory routing:
                // the request queue must exist before identity-command's relay starts. Communication also takes
                // Identity's EmailConfirmed and Order's order.v1 events, published without mandatory routing: its
                // identity.events and order.events queues must exist before identity-command and order-command start.
                new LocalService("communication-command", CommunicationCommandApplication.class,
                        communicationCommand),
                // Warehouse opens stock and Shopping Cart prices items from Catalog's integration events, which are
                // published without mandatory routing: their queues must exist before catalog-command's relay starts.
                new LocalService("warehouse-command", WarehouseCommandApplication.class, warehouseCommand),
                // Order asks Payment to authorize, capture, refund and void through its outbox, published with
                // mandatory routing: payment.commands' queue must exist before order-command's relay starts.
                new LocalService("payment-command", PaymentCommandApplication.class, paymentCommand),
                // Order places orders from Shopping Cart's public CartCheckedOut, published without mandatory routing:
                // its queue must exist before shopping-cart-command's relay starts.
                new LocalService("order-command", OrderCommandApplication.class, orderCommand),
                new LocalService("shopping-cart-command", ShoppingCartCommandApplication.class, cartCommand),
                new LocalService("catalog-command", CatalogCommandApplication.class, catalogCommand),
                new LocalService("identity-command", IdentityCommandApplication.class, identityCommand));
    }

    /** What every service gets: its own name and port, the broker, and one logging set-up. */
    private static Map<String, Object> common(String name, int port, Map<String, Object> broker) {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("spring.config.name", name);
        properties.put("spring.application.name", name);
        properties.put("server.port", port);
        properties.put("spring.main.banner-mode", "off");
        properties.putAll(broker);
        return properties;
    }

    /** A query service: its own MongoDB database, and Identity's keys for the callers' tokens. */
    private static Map<String, Object> query(String name, int port, EmbeddedInfrastructure infra,
                                             Map<String, Object> broker, String issuer) {
        Map<String, Object> properties = common(name, port, broker);
        properties.putAll(mongo(name, infra));
        properties.putAll(tokens(issuer));
        return properties;
    }

    /**
     * The service's own H2 database, in a file under the data directory, and its Flyway locations. H2 would
     * close the file in a JVM shutdown hook of its own, while the launcher's hook is still stopping the services
     * that use it (their relays and pollers then fail on a closed database); {@code DB_CLOSE_ON_EXIT=FALSE}
     * leaves closing to the service's connection pool, which the launcher closes with the service.
     */
    private static Map<String, Object> h2(String name, Path dataDir) {
        return Map.of(
                "spring.datasource.url", h2Url(dataDir, name),
                "spring.datasource.username", "sa",
                "spring.flyway.locations", "classpath:db/eventstore/{vendor},classpath:db/migration/" + name + "/{vendor}");
    }

    /** The JDBC URL of {@code service}'s H2 file under {@code dataDir}. */
    static String h2Url(Path dataDir, String service) {
        return "jdbc:h2:file:" + dataDir.resolve("h2").resolve(service).toAbsolutePath()
                + ";MODE=MSSQLServer;DB_CLOSE_ON_EXIT=FALSE";
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
