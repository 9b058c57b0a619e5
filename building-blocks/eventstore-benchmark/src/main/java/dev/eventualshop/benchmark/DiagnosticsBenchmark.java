package dev.eventualshop.benchmark;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What the machine allows, to read the other rows against: the latency of one round trip to PostgreSQL, and of
 * the smallest durable transaction (one one-row insert and its commit, which waits for the WAL flush).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 1, time = 3)
@Measurement(iterations = 3, time = 3)
@Threads(1)
public class DiagnosticsBenchmark {

    /** A plain pool on the run's database, with a one-column table in schema {@code diag}. */
    @State(Scope.Benchmark)
    public static class Jdbc {
        HikariDataSource dataSource;

        @Setup(Level.Trial)
        public void start() throws SQLException {
            HikariConfig config = new HikariConfig();
            config.setJdbcUrl(BenchDatabase.url(BenchDatabase.current()));
            config.setUsername(BenchDatabase.user());
            config.setPassword(BenchDatabase.password());
            config.setMaximumPoolSize(2);
            config.setPoolName("diag");
            dataSource = new HikariDataSource(config);
            try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
                s.execute("create schema if not exists diag");
                s.execute("create table if not exists diag.ticks (id bigint generated always as identity primary key,"
                        + " at timestamptz not null default now())");
            }
        }

        @TearDown(Level.Trial)
        public void stop() {
            dataSource.close();
        }
    }

    @Benchmark
    public int roundTrip_select1(Jdbc jdbc) throws SQLException {
        try (Connection c = jdbc.dataSource.getConnection();
             PreparedStatement select = c.prepareStatement("select 1");
             ResultSet rs = select.executeQuery()) {
            rs.next();
            return rs.getInt(1);
        }
    }

    @Benchmark
    public int durableCommit_insert1(Jdbc jdbc) throws SQLException {
        try (Connection c = jdbc.dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement insert = c.prepareStatement("insert into diag.ticks default values")) {
                int rows = insert.executeUpdate();
                c.commit();
                return rows;
            }
        }
    }
}
