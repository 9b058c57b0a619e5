package dev.eventualshop.shoppingcart.query;

import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * Shopping Cart's query service. Its configuration is {@code shopping-cart-query.yml} ({@value #NAME} is its
 * {@code spring.config.name}, so it can share a JVM with the other services); it has no relational database and
 * no Authorization Server, so those auto-configurations (on the classpath in local mode's one JVM) are excluded.
 */
@SpringBootApplication(excludeName = {
        "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration",
        "org.springframework.boot.jdbc.autoconfigure.DataSourceInitializationAutoConfiguration",
        "org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration",
        "org.springframework.boot.jdbc.autoconfigure.JdbcClientAutoConfiguration",
        "org.springframework.boot.jdbc.autoconfigure.JdbcTemplateAutoConfiguration",
        "org.springframework.boot.jdbc.autoconfigure.JndiDataSourceAutoConfiguration",
        "org.springframework.boot.jdbc.autoconfigure.XADataSourceAutoConfiguration",
        "org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration",
        "dev.eventualshop.eventstore.config.EventStoreAutoConfiguration",
        "org.springframework.boot.security.oauth2.server.authorization.autoconfigure.servlet.OAuth2AuthorizationServerAutoConfiguration",
        "org.springframework.boot.security.oauth2.server.authorization.autoconfigure.servlet.OAuth2AuthorizationServerJwtAutoConfiguration"})
public class ShoppingCartQueryApplication {

    /** The service's name: its {@code spring.config.name}, its queues' prefix and its MongoDB database. */
    public static final String NAME = "shopping-cart-query";

    public static void main(String[] args) {
        application().run(args);
    }

    /** The application with its own configuration name, for {@code main} and for a launcher sharing the JVM. */
    public static SpringApplication application() {
        SpringApplication application = new SpringApplication(ShoppingCartQueryApplication.class);
        application.setDefaultProperties(Map.of("spring.config.name", NAME));
        return application;
    }
}
