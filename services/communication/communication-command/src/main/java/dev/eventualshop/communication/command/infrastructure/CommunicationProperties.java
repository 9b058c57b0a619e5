package dev.eventualshop.communication.command.infrastructure;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code eventualshop.communication.*}: how mail is sent and retried.
 *
 * @param from          the sender address of every mail
 * @param storefrontUrl the storefront's origin, which order mails link to ({@code <storefrontUrl>/orders/<id>})
 * @param retry         how often and how patiently a mail is tried
 * @param delivery      how the sender looks for due mails
 */
@Validated
@ConfigurationProperties("eventualshop.communication")
public record CommunicationProperties(@DefaultValue("no-reply@eventualshop.local") @NotBlank String from,
                                      @DefaultValue("http://localhost:8080") @NotBlank String storefrontUrl,
                                      @DefaultValue @Valid Retry retry, @DefaultValue @Valid Delivery delivery) {

    /**
     * @param attempts    tries per mail before it is given up
     * @param firstRetry  the wait after the first failure; it doubles after each further one
     * @param longestWait the longest wait between two tries
     */
    public record Retry(@DefaultValue("10") @Min(1) int attempts, @DefaultValue("1s") @NotNull Duration firstRetry,
                        @DefaultValue("5m") @NotNull Duration longestWait) {
    }

    /**
     * @param pollInterval how often due mails are looked for
     * @param lease        how long a mail being sent is left to its sender (longer than the SMTP timeouts)
     * @param concurrency  how many mails are sent at once
     */
    public record Delivery(@DefaultValue("200ms") @NotNull Duration pollInterval,
                           @DefaultValue("2m") @NotNull Duration lease, @DefaultValue("4") @Min(1) int concurrency) {
    }
}
