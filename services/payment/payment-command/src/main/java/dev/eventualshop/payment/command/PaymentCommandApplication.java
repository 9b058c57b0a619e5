package dev.eventualshop.payment.command;

import dev.eventualshop.messaging.command.CommandServiceApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;

/**
 * payment-command as its own deployable. Its configuration is {@code payment-command.yml}
 * ({@code spring.config.name=payment-command}), so it can run beside other services in one JVM. It keeps no read
 * model and validates no tokens ({@link CommandServiceApplication}): it answers its health only.
 */
@CommandServiceApplication
public class PaymentCommandApplication {

    /** The service's name: its {@code spring.config.name}, its queues' prefix and its Flyway location. */
    public static final String NAME = "payment-command";

    /** A builder for this service with its configuration name set; add properties and run it. */
    public static SpringApplicationBuilder application() {
        return new SpringApplicationBuilder(PaymentCommandApplication.class).properties("spring.config.name=" + NAME);
    }

    public static void main(String[] args) {
        application().run(args);
    }
}
