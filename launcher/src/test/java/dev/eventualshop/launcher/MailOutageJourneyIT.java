package dev.eventualshop.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.eventualshop.messaging.testing.FaultProxy;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;

/**
 * The SMTP server unreachable for a while (issue 5): registrations made meanwhile are accepted, their mails are
 * retried by deadline, and once the server is back each is delivered, exactly once.
 */
@ExtendWith(RunningShop.class)
class MailOutageJourneyIT {

    private static final Duration OUTAGE = Duration.ofSeconds(8);

    @Test
    void mails_asked_for_while_smtp_is_down_are_sent_once_after_it_returns(Launcher shop, FaultProxy mailLink)
            throws InterruptedException {
        ShopClient api = new ShopClient(shop.settings().shopUrl());
        List<String> emails = List.of(ShopClient.uniqueEmail("outage-a"), ShopClient.uniqueEmail("outage-b"));
        mailLink.cut();
        try {
            for (String email : emails) {
                assertThat(api.register(email, "outage password " + UUID.randomUUID(), "Patient").statusCode())
                        .isEqualTo(202);
            }
            Thread.sleep(OUTAGE.toMillis());
            for (String email : emails) {
                assertThat(api.mail(email)).as("nothing reaches SMTP while the link is cut").isEmpty();
            }
        } finally {
            mailLink.restore();
        }

        for (String email : emails) {
            List<JsonNode> received = await().atMost(Duration.ofSeconds(90)).until(() -> api.mail(email),
                    mails -> !mails.isEmpty());
            assertThat(received.getFirst().path("subject").asString()).isEqualTo("Confirm your EventualShop address");
        }
        // A retry already on its way must not bring a second copy.
        Thread.sleep(5_000);
        for (String email : emails) {
            assertThat(api.mail(email)).as("exactly one mail to %s", email).hasSize(1);
        }
        IdentityJourneyIT.confirmationLink(api, emails.getFirst(), 1);
    }
}
