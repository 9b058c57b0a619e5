package dev.eventualshop.embedded;

/**
 * How to start the {@link EmbeddedSmtp}.
 *
 * @param port SMTP port on 127.0.0.1; {@code 0} picks a free one. The default is {@value #DEFAULT_PORT},
 *             GreenMail's customary SMTP test port.
 */
public record SmtpSettings(int port) {

    public static final int DEFAULT_PORT = 3025;

    public SmtpSettings {
        Ports.requireValid(port, "port");
    }

    public static SmtpSettings defaults() {
        return new SmtpSettings(DEFAULT_PORT);
    }
}
