package dev.eventualshop.giftcard.command;

import dev.eventualshop.eventstore.testing.RealPostgres;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The pipeline contract on this machine's real PostgreSQL, in a database of its own. */
class PostgresPipelineIT extends OutboxContract {

    private static String url;

    @BeforeAll
    static void requirePostgres() {
        RealPostgres.requireReachable();
    }

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", (Supplier<Object>) PostgresPipelineIT::database);
        registry.add("spring.datasource.username", RealPostgres::user);
        registry.add("spring.datasource.password", RealPostgres::password);
    }

    private static synchronized String database() {
        if (url == null) {
            url = RealPostgres.createDatabase("pipeline");
        }
        return url;
    }
}
