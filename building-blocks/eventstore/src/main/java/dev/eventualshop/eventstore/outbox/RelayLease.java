package dev.eventualshop.eventstore.outbox;

import java.sql.DatabaseMetaData;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Locale;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;

/**
 * The lease that makes one relay per service active: held by one owner until it expires, renewed by its
 * holder. Expiry is computed from and compared with the database's clock, never a replica's, so clock skew
 * between replicas cannot give two of them the lease (F16).
 */
public class RelayLease {

    private final JdbcTemplate jdbc;
    private final String now;

    public RelayLease(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.now = nowExpression(jdbc);
    }

    /** Takes or renews the lease {@code name} for {@code owner} for {@code ttl}; false if another holds it. */
    public boolean tryAcquire(String name, String owner, Duration ttl) {
        OffsetDateTime databaseNow = jdbc.queryForObject("select " + now, OffsetDateTime.class);
        OffsetDateTime expiresAt = databaseNow.plus(ttl);
        int renewed = jdbc.update(
                "update relay_lease set owner = ?, expires_at = ? where name = ? and (owner = ? or expires_at < ?)",
                owner, expiresAt, name, owner, databaseNow);
        if (renewed == 1) {
            return true;
        }
        try {
            return jdbc.update("insert into relay_lease (name, owner, expires_at) select ?, ?, ? where not exists "
                    + "(select 1 from relay_lease where name = ?)", name, owner, expiresAt, name) == 1;
        } catch (DuplicateKeyException takenMeanwhile) {
            return false;
        }
    }

    /** Gives the lease up at once, so another replica's relay can take over without waiting for expiry. */
    public void release(String name, String owner) {
        jdbc.update("delete from relay_lease where name = ? and owner = ?", name, owner);
    }

    private static String nowExpression(JdbcTemplate jdbc) {
        try {
            String product = JdbcUtils.extractDatabaseMetaData(jdbc.getDataSource(),
                    DatabaseMetaData::getDatabaseProductName);
            return product.toLowerCase(Locale.ROOT).contains("microsoft") ? "sysdatetimeoffset()" : "current_timestamp";
        } catch (MetaDataAccessException e) {
            throw new IllegalStateException("cannot tell the database product for the relay lease", e);
        }
    }
}
