package dev.eventualshop.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * One launcher for the whole test run, as the journeys need it: started on first use with free ports and a
 * fresh data directory, closed when the run ends. Test classes declare {@code @ExtendWith(RunningShop.class)}
 * and take a {@link Launcher} parameter.
 */
public final class RunningShop implements ParameterResolver {

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == Launcher.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return context.getRoot().getStore(ExtensionContext.Namespace.create(RunningShop.class))
                .computeIfAbsent(Launcher.class, key -> start(), Launcher.class);
    }

    private static Launcher start() {
        try {
            return Launcher.start(LauncherSettings.ephemeral(Files.createTempDirectory("eventualshop-journeys")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
