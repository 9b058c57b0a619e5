package dev.eventualshop.communication.command;

import dev.eventualshop.embedded.EmbeddedSmtp;
import dev.eventualshop.embedded.SmtpSettings;
import dev.eventualshop.messaging.testing.FaultProxy;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * An embedded SMTP server behind a fault proxy, started on first use and shared by the suites: the service sends
 * through the proxy, so a test can take the mail server away and give it back.
 */
final class TestSmtp {

    private static EmbeddedSmtp smtp;
    private static FaultProxy proxy;

    private TestSmtp() {
    }

    static synchronized EmbeddedSmtp server() {
        if (smtp == null) {
            smtp = EmbeddedSmtp.start(new SmtpSettings(0));
            proxy = FaultProxy.to(smtp.host(), smtp.port());
        }
        return smtp;
    }

    static synchronized FaultProxy link() {
        server();
        return proxy;
    }

    /** Points the service's mail at the proxy, with short SMTP timeouts and quick retries. */
    static void register(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> link().port());
        registry.add("spring.mail.properties.mail.smtp.connectiontimeout", () -> "2000");
        registry.add("spring.mail.properties.mail.smtp.timeout", () -> "2000");
        registry.add("eventualshop.communication.retry.attempts", () -> "3");
        registry.add("eventualshop.communication.retry.first-retry", () -> "300ms");
        registry.add("eventualshop.communication.retry.longest-wait", () -> "600ms");
        registry.add("eventualshop.eventstore.deadlines.poll-interval", () -> "100ms");
        registry.add("eventualshop.communication.delivery.poll-interval", () -> "50ms");
    }
}
