package dev.eventualshop.benchmark;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.function.Supplier;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.transaction.NoTransactionManager;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jdbc.PostgresEventTableFactory;
import org.axonframework.serialization.json.JacksonSerializer;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Axon Framework 4.13's {@link JdbcEventStorageEngine} on the same database, in its leanest set-up: its
 * PostgreSQL schema ({@link PostgresEventTableFactory}: bytea payloads, bigserial global index), the Jackson 2
 * serializer for events and snapshots, its tables in schema {@code axon} of the run's database, a HikariCP pool of the same size as ours, {@link NoTransactionManager}
 * and an explicit JDBC transaction around each append (the connection provider hands the engine the
 * transaction's connection).
 */
@State(Scope.Benchmark)
public class AxonStore {

    static final String SCHEMA = "axon";

    HikariDataSource dataSource;
    JdbcEventStorageEngine engine;
    private final ThreadLocal<Connection> transaction = new ThreadLocal<>();

    @Setup(Level.Trial)
    public void start() throws SQLException {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(BenchDatabase.url(BenchDatabase.current()) + "?reWriteBatchedInserts=true");
        config.setUsername(BenchDatabase.user());
        config.setPassword(BenchDatabase.password());
        config.setMaximumPoolSize(12);
        config.setPoolName("axon");
        // Axon's tables live in their own schema of the same database, beside the event store's Flyway-managed one.
        config.setSchema(SCHEMA);
        createSchema(config);
        dataSource = new HikariDataSource(config);
        JacksonSerializer serializer = JacksonSerializer.defaultSerializer();
        engine = JdbcEventStorageEngine.builder()
                .connectionProvider(this::connection)
                .transactionManager(NoTransactionManager.INSTANCE)
                .schema(new EventSchema())
                .dataType(byte[].class)
                .eventSerializer(serializer)
                .snapshotSerializer(serializer)
                .build();
        createSchemaOnce();
    }

    @TearDown(Level.Trial)
    public void stop() {
        dataSource.close();
    }

    /** Runs {@code work} in one JDBC transaction whose connection the engine uses. */
    <T> T inTransaction(Supplier<T> work) {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            transaction.set(connection);
            try {
                T result = work.get();
                connection.commit();
                return result;
            } catch (RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                transaction.remove();
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private Connection connection() throws SQLException {
        Connection bound = transaction.get();
        return bound == null ? dataSource.getConnection() : unclosable(bound);
    }

    /** The engine closes every connection it is given; the transaction's must stay open until commit. */
    private static Connection unclosable(Connection connection) {
        return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("close")) {
                        return null;
                    }
                    try {
                        return method.invoke(connection, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    private static void createSchema(HikariConfig config) throws SQLException {
        try (Connection c = java.sql.DriverManager.getConnection(config.getJdbcUrl(), config.getUsername(),
                config.getPassword()); Statement s = c.createStatement()) {
            s.execute("create schema if not exists " + SCHEMA);
        }
    }

    /** Every forked JVM starts here; the first one creates Axon's tables. */
    private void createSchemaOnce() throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("select pg_advisory_lock(4242)");
            try (ResultSet rs = s.executeQuery("select to_regclass('domainevententry') is not null")) {
                rs.next();
                if (!rs.getBoolean(1)) {
                    engine.createSchema(PostgresEventTableFactory.INSTANCE);
                }
            } finally {
                s.execute("select pg_advisory_unlock(4242)");
            }
        }
    }
}
