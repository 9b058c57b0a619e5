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
import jakarta.persistence.EntityManagerFactory;
import java.time.Clock;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfigurationPackages;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.ImportBeanDefinitionRegistrar;
import org.springframework.core.type.AnnotationMetadata;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.orm.jpa.SharedEntityManagerCreator;
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
        "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration"})
@ConditionalOnBean({MessageTypes.class, DataSource.class})
@EnableConfigurationProperties(EventStoreProperties.class)
@Import(EventStoreAutoConfiguration.EntityPackage.class)
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
        return new EventStore(new JdbcTemplate(dataSource), codec);
    }

    @Bean
    SnapshotStore snapshotStore(EntityManagerFactory entityManagerFactory) {
        return new SnapshotStore(SharedEntityManagerCreator.createSharedEntityManager(entityManagerFactory), mapper);
    }

    @Bean
    DeadlineStore deadlineStore(EntityManagerFactory entityManagerFactory) {
        return new DeadlineStore(SharedEntityManagerCreator.createSharedEntityManager(entityManagerFactory));
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
    Outbox outbox(DataSource dataSource, MessageCodec codec, CommandLog commands) {
        return new Outbox(new JdbcTemplate(dataSource), codec, commands);
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

    /** Adds the event store's JPA entities (snapshots, deadlines) to the service's persistence unit. */
    static class EntityPackage implements ImportBeanDefinitionRegistrar {
        @Override
        public void registerBeanDefinitions(AnnotationMetadata metadata, BeanDefinitionRegistry registry) {
            AutoConfigurationPackages.register(registry, "dev.eventualshop.eventstore");
        }
    }
}
