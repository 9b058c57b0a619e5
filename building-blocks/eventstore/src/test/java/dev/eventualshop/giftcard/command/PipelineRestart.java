package dev.eventualshop.giftcard.command;

import com.zaxxer.hikari.HikariDataSource;
import dev.eventualshop.eventstore.testing.MutableClock;
import dev.eventualshop.eventstore.pipeline.DeadlinePoller;
import java.time.Instant;
import javax.sql.DataSource;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** A second start of the example service on the same database, as after a process restart. */
record PipelineRestart(ConfigurableApplicationContext context) implements AutoCloseable {

    static PipelineRestart start(DataSource sameDatabase, Instant now) {
        HikariDataSource hikari = (HikariDataSource) sameDatabase;
        ConfigurableApplicationContext context = new SpringApplicationBuilder(GiftCardConfiguration.class,
                PipelineContract.TestClock.class)
                .web(WebApplicationType.NONE)
                .properties("spring.datasource.url=" + hikari.getJdbcUrl(),
                        "spring.datasource.username=" + hikari.getUsername(),
                        "spring.datasource.password=" + (hikari.getPassword() == null ? "" : hikari.getPassword()),
                        "spring.flyway.locations=classpath:db/eventstore/{vendor}",
                        "eventualshop.eventstore.deadlines.enabled=false",
                        "spring.main.banner-mode=off")
                .run();
        context.getBean(MutableClock.class).set(now);
        return new PipelineRestart(context);
    }

    DeadlinePoller deadlines() {
        return context.getBean(DeadlinePoller.class);
    }

    @Override
    public void close() {
        context.close();
    }
}
