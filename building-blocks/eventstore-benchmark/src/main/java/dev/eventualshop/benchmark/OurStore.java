package dev.eventualshop.benchmark;

import dev.eventualshop.eventstore.EventStore;
import dev.eventualshop.eventstore.pipeline.Aggregate;
import dev.eventualshop.eventstore.pipeline.AggregateLoader;
import dev.eventualshop.eventstore.pipeline.CommandLog;
import dev.eventualshop.eventstore.pipeline.CommandPipeline;
import dev.eventualshop.eventstore.snapshot.SnapshotStore;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Our event store, started as a Spring Boot service on the run's database, shared by all benchmark threads. */
@State(Scope.Benchmark)
public class OurStore {

    ConfigurableApplicationContext context;
    EventStore events;
    CommandLog commands;
    CommandPipeline pipeline;
    AggregateLoader loader;
    SnapshotStore snapshots;
    Aggregate<Account.Command, Account.State, Account.Event> accounts;
    /** Transactions as the pipeline runs them (the service's transaction manager: Boot's JDBC one). */
    TransactionTemplate transactions;

    @Setup(Level.Trial)
    @SuppressWarnings("unchecked")
    public void start() {
        context = BenchApp.start(BenchDatabase.current());
        events = context.getBean(EventStore.class);
        commands = context.getBean(CommandLog.class);
        pipeline = context.getBean(CommandPipeline.class);
        loader = context.getBean(AggregateLoader.class);
        snapshots = context.getBean(SnapshotStore.class);
        accounts = (Aggregate<Account.Command, Account.State, Account.Event>) context.getBean("accounts",
                Aggregate.class);
        transactions = new TransactionTemplate(context.getBean(PlatformTransactionManager.class));
    }

    @TearDown(Level.Trial)
    public void stop() {
        context.close();
    }
}
