package dev.eventualshop.communication.command;

import dev.eventualshop.messaging.command.CommandServiceApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;

/**
 * communication-command as its own deployable. Its configuration is {@code communication-command.yml}
 * ({@code spring.config.name=communication-command}), so it can run beside other services in one JVM. It keeps
 * no read model and validates no tokens ({@link CommandServiceApplication}): it answers its health only.
 */
@CommandServiceApplication
public class CommunicationCommandApplication {

    /** The service's name: its {@code spring.config.name}, its queues' prefix and its Flyway location. */
    public static final String NAME = "communication-command";

    /** A builder for this service with its configuration name set; add properties and run it. */
    public static SpringApplicationBuilder application() {
        return new SpringApplicationBuilder(CommunicationCommandApplication.class).properties("spring.config.name=" + NAME);
    }

    public static void main(String[] args) {
        application().run(args);
    }
}
