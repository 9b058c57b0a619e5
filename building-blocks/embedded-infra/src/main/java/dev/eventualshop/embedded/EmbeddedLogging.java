package dev.eventualshop.embedded;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import org.slf4j.LoggerFactory;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;

/**
 * Keeps the stand-ins quiet: Qpid alone logs dozens of INFO lines per start, and mongo-java-server one per
 * client connection, which would bury the shop's own log in local mode.
 *
 * <p>{@link #quieten()} lowers these loggers to WARN (Derby's banners to ERROR) when Logback is the SLF4J backend and nobody
 * configured them. Spring Boot resets Logback when an application starts, so an application that starts
 * after the infrastructure sets the same levels in its own configuration, from {@link #levels()}
 * (e.g. {@code logging.level.org.apache.qpid=WARN}).
 */
public final class EmbeddedLogging {

    private static final Map<String, String> LEVELS = defaultLevels();

    private EmbeddedLogging() {
    }

    /**
     * The stand-ins' logger names and the level each should have, e.g. {@code org.apache.qpid -> WARN}, ready
     * to become {@code logging.level.*} properties.
     */
    public static Map<String, String> levels() {
        return LEVELS;
    }

    /** Sets every logger of {@link #levels()} that has no level yet, if Logback is the SLF4J backend. */
    public static void quieten() {
        if (isLogbackPresent()) {
            Logback.quieten(LEVELS);
        }
    }

    private static Map<String, String> defaultLevels() {
        Map<String, String> levels = new LinkedHashMap<>();
        levels.put("org.apache.qpid", "WARN"); // Broker-J's own classes
        levels.put("qpid.message", "WARN"); // Broker-J's operational log (BRK-, VHT-, CON- messages)
        levels.put("qpid.statistics", "WARN");
        // Broker-J logs all of Derby's output, start-up banners included, at WARN under "DERBY"; Derby's real
        // failures reach Qpid as SQL exceptions and are logged by Qpid itself.
        levels.put("DERBY", "ERROR");
        levels.put("de.bwaldvogel.mongo", "WARN"); // one INFO line per client connection
        levels.put("com.icegreen.greenmail", "WARN");
        return Collections.unmodifiableMap(levels);
    }

    private static boolean isLogbackPresent() {
        try {
            Class.forName("ch.qos.logback.classic.LoggerContext", false, EmbeddedLogging.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }

    /** Loaded only when Logback is on the class path, which the module declares optional. */
    private static final class Logback {

        static void quieten(Map<String, String> levels) {
            if (LoggerFactory.getILoggerFactory() instanceof LoggerContext context) {
                levels.forEach((name, level) -> {
                    Logger logger = context.getLogger(name);
                    if (logger.getLevel() == null) {
                        logger.setLevel(Level.toLevel(level));
                    }
                });
            }
        }
    }
}
