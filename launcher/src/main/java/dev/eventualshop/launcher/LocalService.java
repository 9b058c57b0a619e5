package dev.eventualshop.launcher;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * One service of local mode: its Spring Boot application class and the properties that make it a local
 * service (its {@code spring.config.name}, port, databases, broker, URLs of the others). The properties are
 * passed as command-line arguments, so they win over the service's own configuration file, which must be
 * read under the service's own name: in one JVM every context sees every jar's resources.
 */
public record LocalService(String name, Class<?> application, Map<String, Object> properties,
                           List<ApplicationContextInitializer<ConfigurableApplicationContext>> initializers) {

    public LocalService {
        properties = Map.copyOf(properties);
        initializers = List.copyOf(initializers);
    }

    public LocalService(String name, Class<?> application, Map<String, Object> properties) {
        this(name, application, properties, List.of());
    }

    /** This service with {@code more} properties, over its own. */
    LocalService tuned(Map<String, Object> more) {
        if (more.isEmpty()) {
            return this;
        }
        Map<String, Object> changed = new java.util.LinkedHashMap<>(properties);
        changed.putAll(more);
        return new LocalService(name, application, changed, initializers);
    }

    /** Starts the service's own application context. */
    ConfigurableApplicationContext start() {
        List<String> args = new ArrayList<>();
        new TreeMap<>(properties).forEach((key, value) -> args.add("--" + key + "=" + value));
        SpringApplicationBuilder builder = new SpringApplicationBuilder(application)
                .registerShutdownHook(false)
                .logStartupInfo(false);
        initializers.forEach(initializer -> builder.initializers(initializer));
        return builder.run(args.toArray(String[]::new));
    }
}
