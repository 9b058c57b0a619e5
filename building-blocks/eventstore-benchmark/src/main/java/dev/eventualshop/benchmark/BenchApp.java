package dev.eventualshop.benchmark;

import dev.eventualshop.contracts.MessageTypes;
import dev.eventualshop.eventstore.pipeline.Aggregate;
import java.util.Map;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;

/** The smallest command service: the account aggregate on the event store, against one benchmark database. */
@SpringBootApplication
public class BenchApp {

    /** Snapshot interval of the snapshotting aggregate (the load rows). */
    public static final int SNAPSHOT_EVERY = 100;

    @Bean
    MessageTypes messageTypes() {
        return MessageTypes.builder()
                .register("bench.OpenAccount", Account.OpenAccount.class)
                .register("bench.Deposit", Account.Deposit.class)
                .register("bench.AccountOpened", Account.AccountOpened.class)
                .register("bench.Deposited", Account.Deposited.class)
                .build();
    }

    @Bean
    Aggregate<Account.Command, Account.State, Account.Event> accounts() {
        return Aggregate.builder(Account.STREAM_TYPE, Account.Command.class, new Account.AccountDecider())
                .streamId(Account.Command::accountId)
                .snapshotEvery(SNAPSHOT_EVERY, Account.State.class, 1)
                .build();
    }

    /** Starts the service on database {@code db} of the benchmark's PostgreSQL. */
    public static ConfigurableApplicationContext start(String db) {
        return new SpringApplicationBuilder(BenchApp.class)
                .web(WebApplicationType.NONE)
                .properties(Map.of(
                        "spring.datasource.url", BenchDatabase.url(db) + "?reWriteBatchedInserts=true",
                        "spring.datasource.username", BenchDatabase.user(),
                        "spring.datasource.hikari.maximum-pool-size", "12",
                        "spring.flyway.locations", "classpath:db/eventstore/{vendor}",
                        "eventualshop.eventstore.deadlines.enabled", "false",
                        "spring.main.banner-mode", "off",
                        "logging.level.root", "WARN"))
                .run();
    }
}
