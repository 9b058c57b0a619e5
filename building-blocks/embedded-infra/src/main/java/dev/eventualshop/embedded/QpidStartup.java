package dev.eventualshop.embedded;

import org.apache.qpid.server.SystemLauncherListener;
import org.apache.qpid.server.model.Broker;
import org.apache.qpid.server.model.SystemConfig;

/**
 * Catches what Qpid's {@code SystemLauncher.startup} only logs: it swallows a start-up failure, so the
 * failure and the started broker are taken from its listener instead.
 */
final class QpidStartup extends SystemLauncherListener.DefaultSystemLauncherListener {

    private volatile RuntimeException failure;
    private volatile SystemConfig<?> systemConfig;

    @Override
    public void errorOnStartup(RuntimeException e) {
        failure = e;
    }

    @Override
    public void onContainerResolve(SystemConfig<?> resolved) {
        systemConfig = resolved;
    }

    /** The started broker, or the reason it did not start. */
    Broker<?> broker() {
        if (failure != null) {
            throw failure;
        }
        if (systemConfig == null) {
            throw new IllegalStateException("Qpid started without resolving its broker");
        }
        if (systemConfig.getContainer() instanceof Broker<?> broker) {
            return broker;
        }
        throw new IllegalStateException("Qpid started a " + systemConfig.getContainer() + " instead of a broker");
    }
}
