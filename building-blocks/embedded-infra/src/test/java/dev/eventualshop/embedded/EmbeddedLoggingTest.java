package dev.eventualshop.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;

class EmbeddedLoggingTest {

    private final LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();

    @AfterEach
    void reset() {
        EmbeddedLogging.levels().keySet().forEach(name -> context.getLogger(name).setLevel(null));
    }

    @Test
    void the_stand_ins_loggers_are_lowered_to_warn_and_derbys_banners_to_error() {
        EmbeddedLogging.quieten();

        assertThat(context.getLogger("org.apache.qpid").getLevel()).isEqualTo(Level.WARN);
        assertThat(context.getLogger("qpid.message").getLevel()).isEqualTo(Level.WARN);
        assertThat(context.getLogger("de.bwaldvogel.mongo").getLevel()).isEqualTo(Level.WARN);
        assertThat(context.getLogger("DERBY").getLevel()).isEqualTo(Level.ERROR);
    }

    @Test
    void a_level_someone_configured_is_kept() {
        context.getLogger("org.apache.qpid").setLevel(Level.DEBUG);

        EmbeddedLogging.quieten();

        assertThat(context.getLogger("org.apache.qpid").getLevel()).isEqualTo(Level.DEBUG);
    }
}
