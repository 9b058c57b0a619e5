package dev.eventualshop.identity.command;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;

/**
 * identity-command as its own deployable. Its configuration is {@code identity-command.yml}
 * ({@code spring.config.name=identity-command}), so it can run beside other services in one JVM.
 */
@SpringBootApplication
public class IdentityCommandApplication {

    /** The configuration name every start of this service uses. */
    public static final String CONFIG_NAME = "identity-command";

    /** A builder for this service with its configuration name set; add properties and run it. */
    public static SpringApplicationBuilder application() {
        return new SpringApplicationBuilder(IdentityCommandApplication.class)
                .properties("spring.config.name=" + CONFIG_NAME);
    }

    public static void main(String[] args) {
        application().run(args);
    }
}
