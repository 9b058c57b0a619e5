package dev.eventualshop.eventstore.testing;

import java.net.InetSocketAddress;
import java.net.Socket;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Assumptions;

/**
 * The machine's real PostgreSQL (127.0.0.1:5432 unless {@code EVENTUALSHOP_PG_HOST}/{@code _PORT}/
 * {@code _USER}/{@code _PASSWORD} say otherwise), with a fresh database per test run that is dropped when
 * the JVM exits. Where PostgreSQL is not reachable the suite is skipped, unless real infrastructure is
 * required ({@code EVENTUALSHOP_REQUIRE_REAL_INFRA=true}, which {@code .ci/run} sets, or the system property
 * {@code eventualshop.require-real-infra=true}): then a missing PostgreSQL fails it.
 */
public final class RealPostgres {

    private static final String HOST = env("EVENTUALSHOP_PG_HOST", "127.0.0.1");
    private static final int PORT = Integer.parseInt(env("EVENTUALSHOP_PG_PORT", "5432"));
    private static final String USER = env("EVENTUALSHOP_PG_USER", "postgres");
    private static final String PASSWORD = env("EVENTUALSHOP_PG_PASSWORD", "");

    private RealPostgres() {
    }

    /** JDBC URL of a new database for this run, dropped when the JVM exits. */
    public static synchronized String createDatabase(String purpose) {
        requireReachable();
        String name = "es_" + purpose + "_" + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMddHHmmss"))
                + "_" + Integer.toHexString(ThreadLocalRandom.current().nextInt(0x10000));
        execute("create database " + name);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> execute("drop database if exists " + name + " with (force)")));
        return "jdbc:postgresql://" + HOST + ":" + PORT + "/" + name + "?reWriteBatchedInserts=true";
    }

    /** The same database reached through another local port, e.g. a fault proxy's. */
    public static String throughPort(String url, int port) {
        return url.replace("//" + HOST + ":" + PORT + "/", "//127.0.0.1:" + port + "/");
    }

    public static String host() {
        return HOST;
    }

    public static int port() {
        return PORT;
    }

    public static String user() {
        return USER;
    }

    public static String password() {
        return PASSWORD;
    }

    /** Skips the calling suite (or fails it, where real infrastructure is required) without PostgreSQL. */
    public static void requireReachable() {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(HOST, PORT), 2_000);
        } catch (Exception unreachable) {
            String message = "PostgreSQL is not reachable at " + HOST + ":" + PORT + " (" + unreachable + ")";
            if (Boolean.getBoolean("eventualshop.require-real-infra")
                    || Boolean.parseBoolean(System.getenv("EVENTUALSHOP_REQUIRE_REAL_INFRA"))) {
                throw new IllegalStateException(message + "; real infrastructure is required in this build");
            }
            Assumptions.abort(message + "; skipping the real-PostgreSQL suite");
        }
    }

    private static void execute(String sql) {
        try (Connection connection = DriverManager.getConnection(
                "jdbc:postgresql://" + HOST + ":" + PORT + "/postgres", USER, PASSWORD);
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL refused: " + sql, e);
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
