package dev.eventualshop.eventstore.config;

import dev.eventualshop.contracts.MessageTypes;
import dev.eventualshop.eventstore.EventStore;
import dev.eventualshop.eventstore.MessageCodec;
import dev.eventualshop.eventstore.MessageJson;
import dev.eventualshop.eventstore.Upcaster;
import dev.eventualshop.eventstore.deadline.DeadlineStore;
import dev.eventualshop.eventstore.outbox.Outbox;
import dev.eventualshop.eventstore.outbox.RelayLease;
import dev.eventualshop.eventstore.pipeline.Aggregate;
import dev.eventualshop.eventstore.pipeline.AggregateLoader;
import dev.eventualshop.eventstore.pipeline.ClaimStore;
import dev.eventualshop.eventstore.pipeline.CommandLog;
import dev.eventualshop.eventstore.pipeline.CommandPipeline;
import dev.eventualshop.eventstore.pipeline.CommitListener;
import dev.eventualshop.eventstore.pipeline.DeadlinePoller;
import dev.eventualshop.eventstore.snapshot.SnapshotStore;
import java.sql.DatabaseMetaData;
import java.time.Clock;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Wires the event store and the command pipeline into a command service that declares its
 * {@link MessageTypes} and its {@link Aggregate}s as beans. The service's Flyway locations must include
 * {@code classpath:db/eventstore/{vendor}} (the building block's migrations, versions 1..99).
 */
@AutoConfiguration(afterName = {
        "org.springframework.boot.hibernate.autoconfigure.HibernateJpaAutoConfiguration",
        "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration",
        "org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration"})
@ConditionalOnBean({MessageTypes.class, DataSource.class})
@EnableConfigurationProperties(EventStoreProperties.class)
public class EventStoreAutoConfiguration {

    private final JsonMapper mapper = MessageJson.mapper();

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    MessageCodec messageCodec(MessageTypes types, ObjectProvider<Upcaster> upcasters) {
        return new MessageCodec(mapper, types, upcasters.orderedStream().toList());
    }

    @Bean
    EventStore eventStore(DataSource dataSource, MessageCodec codec) {
        return new EventStore(new JdbcTemplate(dataSource), codec, sendsStatementsTogether(dataSource));
    }

    @Bean
    SnapshotStore snapshotStore(DataSource dataSource) {
        return new SnapshotStore(new JdbcTemplate(dataSource), mapper);
    }

    @Bean
    DeadlineStore deadlineStore(DataSource dataSource) {
        return new DeadlineStore(new JdbcTemplate(dataSource));
    }

    @Bean
    AggregateLoader aggregateLoader(EventStore events, SnapshotStore snapshots) {
        return new AggregateLoader(events, snapshots);
    }

    @Bean
    CommandLog commandLog(DataSource dataSource) {
        return new CommandLog(new JdbcTemplate(dataSource), mapper);
    }

    @Bean
    CommandPipeline commandPipeline(List<Aggregate<?, ?, ?>> aggregates, EventStore events, AggregateLoader loader,
                                    CommandLog commands, DataSource dataSource, DeadlineStore deadlines,
                                    PlatformTransactionManager transactionManager, Clock clock,
                                    EventStoreProperties properties, ObjectProvider<CommitListener> listeners) {
        return new CommandPipeline(aggregates, events, loader, commands, new ClaimStore(new JdbcTemplate(dataSource)),
                deadlines, new TransactionTemplate(transactionManager), clock, properties.maxAttempts(),
                listeners.orderedStream().toList());
    }

    @Bean
    Outbox outbox(DataSource dataSource, MessageCodec codec, CommandLog commands,
                  PlatformTransactionManager transactionManager) {
        return new Outbox(new JdbcTemplate(dataSource), codec, commands, new TransactionTemplate(transactionManager));
    }

    @Bean
    RelayLease relayLease(DataSource dataSource) {
        return new RelayLease(new JdbcTemplate(dataSource));
    }

    @Bean
    DeadlinePoller deadlinePoller(DeadlineStore deadlines, CommandPipeline pipeline, MessageCodec codec,
                                  PlatformTransactionManager transactionManager, Clock clock,
                                  EventStoreProperties properties) {
        return new DeadlinePoller(deadlines, pipeline, codec, new TransactionTemplate(transactionManager), clock,
                properties.deadlines().pollInterval(), properties.deadlines().batchSize(),
                properties.deadlines().enabled());
    }

    /**
     * Whether the driver sends the statements of one multi-statement {@code PreparedStatement} in one round
     * trip and fails on the one that fails: pgjdbc does. H2 refuses such statements; SQL Server gets them one
     * by one until its suite (Testcontainers) has measured the alternative.
     */
    private static boolean sendsStatementsTogether(DataSource dataSource) {
        try {
            return "PostgreSQL".equals(JdbcUtils.extractDatabaseMetaData(dataSource,
                    DatabaseMetaData::getDatabaseProductName));
        } catch (MetaDataAccessException e) {
            throw new IllegalStateException("cannot tell which database the event store runs on", e);
        }
    }
}
