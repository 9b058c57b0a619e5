package dev.eventualshop.benchmark;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The benchmark's PostgreSQL: the same {@code EVENTUALSHOP_PG_HOST}, {@code _PORT}, {@code _USER} and
 * {@code _PASSWORD} variables the test suites read (default 127.0.0.1:5432, user {@code postgres}), or the
 * system properties {@code bench.jdbc} (a URL ending in {@code /}), {@code bench.user}, {@code bench.password}.
 * Each run creates its own database and drops it at the end.
 */
public final class BenchDatabase {

    /** System property naming the run's database; set by {@link BenchmarkMain} for every forked JVM. */
    public static final String DB_PROPERTY = "bench.db";

    private BenchDatabase() {
    }

    public static String url(String db) {
        return System.getProperty("bench.jdbc", "jdbc:postgresql://" + env("EVENTUALSHOP_PG_HOST", "127.0.0.1") + ":"
                + env("EVENTUALSHOP_PG_PORT", "5432") + "/") + db;
    }

    public static String user() {
        return System.getProperty("bench.user", env("EVENTUALSHOP_PG_USER", "postgres"));
    }

    public static String password() {
        return System.getProperty("bench.password", env("EVENTUALSHOP_PG_PASSWORD", ""));
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    /** The database of this run, as set by {@link BenchmarkMain}. */
    public static String current() {
        String db = System.getProperty(DB_PROPERTY);
        if (db == null || db.isBlank()) {
            throw new IllegalStateException("-D" + DB_PROPERTY + " is not set: run the benchmark through "
                    + BenchmarkMain.class.getName());
        }
        return db;
    }

    public static void create(String db) throws SQLException {
        admin("create database " + db);
    }

    public static void drop(String db) throws SQLException {
        admin("drop database if exists " + db + " with (force)");
    }

    /** A one-line description of the server and its durability settings. */
    public static String describe() throws SQLException {
        try (Connection c = DriverManager.getConnection(url("postgres"), user(), password());
             Statement s = c.createStatement()) {
            StringBuilder sb = new StringBuilder();
            for (String setting : new String[] {"server_version", "fsync", "synchronous_commit", "wal_sync_method",
                    "full_page_writes", "shared_buffers"}) {
                try (var rs = s.executeQuery("show " + setting)) {
                    rs.next();
                    sb.append(sb.isEmpty() ? "" : ", ").append(setting).append('=').append(rs.getString(1));
                }
            }
            return sb.toString();
        }
    }

    private static void admin(String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(url("postgres"), user(), password());
             Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
