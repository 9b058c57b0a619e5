package dev.eventualshop.launcher;

import dev.eventualshop.embedded.EmbeddedInfrastructure;
import java.util.List;

/** The services local mode runs, in start order, with the properties that wire them to each other. */
final class LocalServices {

    private LocalServices() {
    }

    static List<LocalService> all(LauncherSettings settings, LocalSecrets secrets, EmbeddedInfrastructure infra) {
        return List.of();
    }
}
