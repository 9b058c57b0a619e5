package dev.eventualshop.launcher;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * RELIABILITY.md's store invariants, read from a quiet launcher's own H2 databases (the launcher runs in the test's
 * JVM, where H2 shares each open database with a second connection): versions without gaps (I2), every command
 * relayed (I3), no event from a command that did not succeed (I5), and the streams' events for the business checks.
 */
final class ShopInvariants {

    /** The services that keep an event store. */
    static final List<String> COMMAND_SERVICES = List.of("identity-command", "account-command",
            "communication-command", "catalog-command", "warehouse-command", "payment-command", "order-command",
            "shopping-cart-command");

    private final Path dataDir;

    ShopInvariants(Launcher shop) {
        this.dataDir = shop.settings().dataDir();
    }

    /** I2: the streams of {@code service} whose versions are not exactly 1..n. */
    List<String> streamsWithGaps(String service) {
        return strings(service, """
                select stream_type || '/' || stream_id from events group by stream_type, stream_id
                having min(version) <> 1 or max(version) <> count(*)""");
    }

    /** I3: the commands of {@code service} whose events and outcome the relay has not published yet. */
    long unsent(String service) {
        return Long.parseLong(strings(service, "select count(*) from commands where sent = false").getFirst());
    }

    /** I5: events of {@code service} written by a command that was rejected or failed. */
    long eventsOfCommandsThatDidNotSucceed(String service) {
        return Long.parseLong(strings(service, """
                select count(*) from events e join commands c on c.command_id = e.command_id
                where c.outcome <> 'SUCCEEDED'""").getFirst());
    }

    /** The event types of one stream, in order. */
    List<String> eventTypes(String service, String streamType, String streamId) {
        return strings(service, "select event_type from events where stream_type = ? and stream_id = ? order by version",
                streamType, streamId);
    }

    /** The payloads of one stream's events of {@code eventType}, in order. */
    List<String> payloads(String service, String streamType, String streamId, String eventType) {
        return strings(service, """
                select payload from events where stream_type = ? and stream_id = ? and event_type = ?
                order by version""", streamType, streamId, eventType);
    }

    private List<String> strings(String service, String sql, String... parameters) {
        try (Connection connection = DriverManager.getConnection(LocalServices.h2Url(dataDir, service), "sa", "");
             PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setString(i + 1, parameters[i]);
            }
            List<String> values = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    values.add(rows.getString(1));
                }
            }
            return values;
        } catch (SQLException e) {
            throw new IllegalStateException(service + ": " + sql, e);
        }
    }
}
