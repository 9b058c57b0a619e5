package dev.eventualshop.embedded;

import java.nio.file.Path;
import java.util.Objects;

/**
 * How to start the whole {@link EmbeddedInfrastructure}: one data folder for the broker's and MongoDB's
 * state (local mode uses {@value #LOCAL_DATA_DIR}) and the settings of each stand-in.
 *
 * @param dataDir the folder holding {@code broker/} and {@code mongo.mv}
 * @param broker  the broker's port, user and virtual host; its data folder is {@code dataDir}
 * @param mongo   MongoDB's port; its data folder is {@code dataDir}
 * @param smtp    the SMTP port
 */
public record InfrastructureSettings(Path dataDir, BrokerSettings broker, MongoSettings mongo, SmtpSettings smtp) {

    /** Local mode's data folder, relative to the working directory and ignored by git. */
    public static final String LOCAL_DATA_DIR = ".eventualshop";

    public InfrastructureSettings {
        Objects.requireNonNull(dataDir, "dataDir");
        Objects.requireNonNull(broker, "broker");
        Objects.requireNonNull(mongo, "mongo");
        Objects.requireNonNull(smtp, "smtp");
        if (!broker.dataDir().equals(dataDir) || !mongo.dataDir().equals(dataDir)) {
            throw new IllegalArgumentException("The broker and MongoDB keep their data in " + dataDir);
        }
    }

    /** Local mode: {@value #LOCAL_DATA_DIR}, broker on 5673 (guest/guest, "default"), MongoDB 27018, SMTP 3025. */
    public static InfrastructureSettings local() {
        return defaults(Path.of(LOCAL_DATA_DIR));
    }

    /** The default ports and credentials with data under {@code dataDir}. */
    public static InfrastructureSettings defaults(Path dataDir) {
        return new InfrastructureSettings(dataDir, BrokerSettings.defaults(dataDir), MongoSettings.defaults(dataDir),
                SmtpSettings.defaults());
    }

    /** Free ports picked at start for every stand-in, for tests that run beside local mode or each other. */
    public static InfrastructureSettings ephemeral(Path dataDir) {
        return new InfrastructureSettings(dataDir, BrokerSettings.defaults(dataDir).withPort(0),
                MongoSettings.defaults(dataDir).withPort(0), new SmtpSettings(0));
    }

    public InfrastructureSettings withBroker(BrokerSettings newBroker) {
        return new InfrastructureSettings(dataDir, newBroker, mongo, smtp);
    }

    public InfrastructureSettings withMongo(MongoSettings newMongo) {
        return new InfrastructureSettings(dataDir, broker, newMongo, smtp);
    }

    public InfrastructureSettings withSmtp(SmtpSettings newSmtp) {
        return new InfrastructureSettings(dataDir, broker, mongo, newSmtp);
    }
}
