package dev.eventualshop.web.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.PropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ClassPathResource;

/**
 * A service's own configuration file ({@code <name>.yml}, its {@code spring.config.name}) as a binder, for tests of
 * the local defaults a launcher and a developer rely on.
 */
public final class ConfigurationFiles {

    private ConfigurationFiles() {
    }

    /** Asserts the service has {@code <name>.yml} and no {@code application.yml} or {@code .properties}. */
    public static void assertOnlyItsOwnFile(String name) {
        assertThat(new ClassPathResource(name + ".yml").exists()).as(name + ".yml").isTrue();
        assertThat(new ClassPathResource("application.yml").exists()).isFalse();
        assertThat(new ClassPathResource("application.properties").exists()).isFalse();
    }

    /** The properties of {@code <name>.yml} on the classpath, behind the process's environment as in a run. */
    public static Binder binder(String name) {
        try {
            List<PropertySource<?>> sources = new YamlPropertySourceLoader()
                    .load(name, new ClassPathResource(name + ".yml"));
            StandardEnvironment environment = new StandardEnvironment();
            sources.forEach(environment.getPropertySources()::addLast);
            return new Binder(ConfigurationPropertySources.from(environment.getPropertySources()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
