package dev.eventualshop.giftcard.command;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The pipeline contract on embedded H2 in SQL Server mode, as local mode runs it. */
class H2PipelineIT extends OutboxContract {

    @DynamicPropertySource
    static void h2(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> "jdbc:h2:mem:pipeline;MODE=MSSQLServer;DB_CLOSE_DELAY=-1");
        registry.add("spring.datasource.username", () -> "sa");
    }
}
