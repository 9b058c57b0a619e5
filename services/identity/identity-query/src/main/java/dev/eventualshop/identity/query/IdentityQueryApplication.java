package dev.eventualshop.identity.query;

import dev.eventualshop.projection.config.QueryServiceApplication;
import java.util.Map;
import org.springframework.boot.SpringApplication;

/**
 * Identity's query service. Its configuration is {@code identity-query.yml} ({@value #NAME} is its
 * {@code spring.config.name}, so it can share a JVM with the other services); it has no relational database,
 * so the JDBC and Flyway auto-configurations its building blocks bring onto the classpath are excluded.
 */
@QueryServiceApplication
public class IdentityQueryApplication {

    /** The service's name: its {@code spring.config.name}, its queues' prefix and its MongoDB database. */
    public static final String NAME = "identity-query";

    public static void main(String[] args) {
        application().run(args);
    }

    /** The application with its own configuration name, for {@code main} and for a launcher sharing the JVM. */
    public static SpringApplication application() {
        SpringApplication application = new SpringApplication(IdentityQueryApplication.class);
        application.setDefaultProperties(defaultProperties());
        return application;
    }

    /** What sets this service apart from the others in one JVM before any configuration file is read. */
    static Map<String, Object> defaultProperties() {
        return Map.of("spring.config.name", NAME);
    }
}
