package dev.eventualshop.launcher;

import dev.eventualshop.embedded.BrokerAddress;
import dev.eventualshop.embedded.BrokerSettings;
import dev.eventualshop.embedded.FreePorts;
import dev.eventualshop.embedded.InfrastructureSettings;
import dev.eventualshop.embedded.MongoSettings;
import dev.eventualshop.embedded.SmtpSettings;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Where local mode keeps its data and which ports it uses. Every port is fixed before anything starts: the
 * services must know each other's URLs (Identity's issuer, above all) before the first one starts.
 *
 * @param dataDir      everything local mode stores: broker, MongoDB, H2 databases, generated secrets
 * @param host         the host name in the URLs the shop hands out (browsers compare cookie and issuer hosts)
 * @param ports        the services' HTTP ports
 * @param infrastructure the embedded broker, MongoDB and SMTP
 * @param mailPort     the port communication-command sends mail to on the loopback: the embedded SMTP's, unless a
 *                     test puts a fault proxy in between ({@link #withMailPort})
 * @param broker       the broker the services use instead of the embedded one, or {@code null} for the embedded one
 *                     ({@link #withBroker})
 * @param tuning       properties given to a service (by name) over local mode's own: a test's short saga timeouts,
 *                     for instance ({@link #withServiceProperty})
 */
public record LauncherSettings(Path dataDir, String host, ServicePorts ports, InfrastructureSettings infrastructure,
                               int mailPort, BrokerAddress broker, Map<String, Map<String, Object>> tuning) {

    /** The services' HTTP ports; the gateway's is the shop's URL. */
    public record ServicePorts(int gateway, int identityCommand, int identityQuery, int accountCommand,
                               int accountQuery, int communicationCommand, int communicationQuery,
                               int catalogCommand, int catalogQuery, int warehouseCommand, int warehouseQuery,
                               int cartCommand, int cartQuery, int orderCommand, int orderQuery,
                               int paymentCommand, int paymentQuery) {
    }

    public LauncherSettings {
        Objects.requireNonNull(dataDir, "dataDir");
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(ports, "ports");
        Objects.requireNonNull(infrastructure, "infrastructure");
        tuning = tuning == null ? Map.of() : Map.copyOf(tuning);
    }

    public LauncherSettings(Path dataDir, String host, ServicePorts ports, InfrastructureSettings infrastructure) {
        this(dataDir, host, ports, infrastructure, infrastructure.smtp().port(), null, Map.of());
    }

    /** The same settings with mail sent to {@code port} on the loopback (a fault proxy in front of the SMTP). */
    public LauncherSettings withMailPort(int port) {
        return new LauncherSettings(dataDir, host, ports, infrastructure, port, broker, tuning);
    }

    /**
     * The same settings with the services on {@code external} instead of the embedded broker (which still starts,
     * unused): a real RabbitMQ, for instance, to measure the shop on it.
     */
    public LauncherSettings withBroker(BrokerAddress external) {
        return new LauncherSettings(dataDir, host, ports, infrastructure, mailPort, external, tuning);
    }

    /** The same settings with {@code property} of {@code service} set to {@code value}, over local mode's own. */
    public LauncherSettings withServiceProperty(String service, String property, Object value) {
        Map<String, Map<String, Object>> changed = new LinkedHashMap<>(tuning);
        Map<String, Object> properties = new LinkedHashMap<>(changed.getOrDefault(service, Map.of()));
        properties.put(property, value);
        changed.put(service, properties);
        return new LauncherSettings(dataDir, host, ports, infrastructure, mailPort, broker, changed);
    }

    /** The properties {@link #withServiceProperty} gave {@code service}. */
    public Map<String, Object> tuningOf(String service) {
        return tuning.getOrDefault(service, Map.of());
    }

    /**
     * The README's local mode: data under {@code ./.eventualshop}, the shop on http://localhost:8080, Identity
     * on 9000 (its query side 9010, Account 9020 and 9030, Communication 9040 and 9050, Catalog 9060 and 9070, Warehouse 9080
     * and 9090, Shopping Cart 9100 and 9110, Order 9120 and 9130, Payment 9140 and 9150), the embedded broker on 5673, MongoDB on 27018 and SMTP on 3025. The system property or
     * environment variable {@code EVENTUALSHOP_DATA_DIR} moves the data.
     */
    public static LauncherSettings local() {
        String configured = System.getProperty("EVENTUALSHOP_DATA_DIR", System.getenv("EVENTUALSHOP_DATA_DIR"));
        Path dataDir = Path.of(configured == null ? InfrastructureSettings.LOCAL_DATA_DIR : configured);
        return new LauncherSettings(dataDir, "localhost", new ServicePorts(8080, 9000, 9010, 9020, 9030, 9040, 9050, 9060, 9070, 9080,
                9090, 9100, 9110, 9120, 9130, 9140, 9150),
                InfrastructureSettings.defaults(dataDir));
    }

    /** Free ports for everything, data under {@code dataDir}: for test runs beside a running local mode. */
    public static LauncherSettings ephemeral(Path dataDir) {
        int[] free = FreePorts.distinct(20);
        return new LauncherSettings(dataDir, "localhost", new ServicePorts(free[0], free[1], free[2], free[3], free[4],
                free[5], free[6], free[7], free[8], free[9], free[10], free[11], free[12], free[13], free[14], free[15],
                free[16]),
                new InfrastructureSettings(dataDir, BrokerSettings.defaults(dataDir).withPort(free[17]),
                        MongoSettings.defaults(dataDir).withPort(free[18]), new SmtpSettings(free[19])));
    }

    /** The base URL of a service listening on {@code port}. */
    public String url(int port) {
        return "http://" + host + ":" + port;
    }

    /** The shop's URL: the gateway's. */
    public String shopUrl() {
        return url(ports.gateway());
    }
}
