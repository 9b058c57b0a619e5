package dev.eventualshop.payment.query;

import dev.eventualshop.projection.config.QueryServiceApplication;
import java.util.Map;
import org.springframework.boot.SpringApplication;

/**
 * Payment's query service. Its configuration is {@code payment-query.yml} ({@value #NAME} is its
 * {@code spring.config.name}, so it can share a JVM with the other services); it has no relational database and
 * no Authorization Server, so those auto-configurations (on the classpath in local mode's one JVM) are excluded.
 */
@QueryServiceApplication
public class PaymentQueryApplication {

    /** The service's name: its {@code spring.config.name}, its queues' prefix and its MongoDB database. */
    public static final String NAME = "payment-query";

    public static void main(String[] args) {
        application().run(args);
    }

    /** The application with its own configuration name, for {@code main} and for a launcher sharing the JVM. */
    public static SpringApplication application() {
        SpringApplication application = new SpringApplication(PaymentQueryApplication.class);
        application.setDefaultProperties(Map.of("spring.config.name", NAME));
        return application;
    }
}
