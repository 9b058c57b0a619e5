package dev.eventualshop.embedded;

import java.nio.file.Path;
import java.util.Objects;

/**
 * How to start the {@link EmbeddedMongo}.
 *
 * @param port    port on 127.0.0.1; {@code 0} picks a free one. The default, {@value #DEFAULT_PORT}, keeps
 *                clear of a real MongoDB on 27017.
 * @param dataDir the folder holding {@code mongo.mv}, the H2 MVStore file with every database; created
 *                when missing
 */
public record MongoSettings(int port, Path dataDir) {

    public static final int DEFAULT_PORT = 27018;

    public MongoSettings {
        Ports.requireValid(port, "port");
        Objects.requireNonNull(dataDir, "dataDir");
    }

    public static MongoSettings defaults(Path dataDir) {
        return new MongoSettings(DEFAULT_PORT, dataDir);
    }

    public MongoSettings withPort(int newPort) {
        return new MongoSettings(newPort, dataDir);
    }

    /** The store file: {@code <dataDir>/mongo.mv}. */
    public Path storeFile() {
        return dataDir.resolve("mongo.mv");
    }
}
