package dev.eventualshop.launcher;

import dev.eventualshop.messaging.testing.FaultProxy;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * One launcher for the whole test run, as the journeys need it: started on first use with free ports and a
 * fresh data directory, closed when the run ends. Test classes declare {@code @ExtendWith(RunningShop.class)}
 * and take a {@link Launcher} parameter, and a {@link FaultProxy} one for the link between communication-command
 * and the embedded SMTP (a test that cuts it restores it).
 */
public final class RunningShop implements ParameterResolver {

    /** The journeys' shop waits this long for a payment's authorization. */
    static final String PAYMENT_TIMEOUT = "6s";

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        return type == Launcher.class || type == FaultProxy.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        Shop shop = context.getRoot().getStore(ExtensionContext.Namespace.create(RunningShop.class))
                .computeIfAbsent(Shop.class, key -> start(), Shop.class);
        return parameter.getParameter().getType() == FaultProxy.class ? shop.mailLink() : shop.launcher();
    }

    private static Shop start() {
        try {
            // A card that never answers times out in seconds, not the production default's minutes.
            LauncherSettings settings = LauncherSettings.ephemeral(Files.createTempDirectory("eventualshop-journeys"))
                    .withServiceProperty("order-command", "eventualshop.order.payment-timeout", PAYMENT_TIMEOUT);
            FaultProxy mailLink = FaultProxy.to("127.0.0.1", settings.infrastructure().smtp().port());
            return new Shop(Launcher.start(settings.withMailPort(mailLink.port())), mailLink);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The launcher and the mail link, closed together when the run ends. */
    private record Shop(Launcher launcher, FaultProxy mailLink) implements AutoCloseable {
        @Override
        public void close() {
            launcher.close();
            mailLink.close();
        }
    }
}
