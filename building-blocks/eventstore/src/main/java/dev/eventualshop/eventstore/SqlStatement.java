package dev.eventualshop.eventstore;

import java.util.Arrays;

/**
 * One SQL statement with its arguments, bound as {@code JdbcTemplate.update(sql, args)} would bind them; lets
 * a table's owner hand its insert to {@link EventStore#append(CommandEnvelope, java.time.Instant, java.util.List,
 * SqlStatement)}, which sends it with the events in one round trip where the database allows.
 */
public record SqlStatement(String sql, Object... args) {

    public SqlStatement {
        args = args.clone();
    }

    @Override
    public Object[] args() {
        return args.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SqlStatement that && sql.equals(that.sql) && Arrays.equals(args, that.args);
    }

    @Override
    public int hashCode() {
        return 31 * sql.hashCode() + Arrays.hashCode(args);
    }

    @Override
    public String toString() {
        return "SqlStatement[" + sql + "]";
    }
}
