package dev.eventualshop.giftcard.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * MongoDB down (RELIABILITY.md F12): the projection consumers acknowledge nothing they could not write and park
 * nothing for the outage; once MongoDB is back, the documents catch up with every event applied once.
 */
class MongoOutageIT extends QueryServiceContract {

    private static final EmbeddedServices SERVICES = new EmbeddedServices("outage-it");

    @DynamicPropertySource
    static void services(DynamicPropertyRegistry registry) {
        SERVICES.register(registry, "?serverSelectionTimeoutMS=1000&connectTimeoutMS=1000");
    }

    @Test
    void events_that_arrive_while_mongodb_is_down_are_applied_once_it_is_back() throws InterruptedException {
        UUID card = issue(100);
        await().atMost(WAIT).until(() -> versionOf(card) == 1);
        long readBefore = deliveries.readOf(card);

        SERVICES.stopMongo();
        long readDuringOutage;
        try {
            redeem(card, 30);
            redeem(card, 20);
            Thread.sleep(3_000);
            readDuringOutage = deliveries.readOf(card) - readBefore;
        } finally {
            SERVICES.restartMongo();
        }

        await().atMost(WAIT).until(() -> versionOf(card) == 3);
        assertThat(balance(card).balance()).isEqualTo(50);
        assertThat(balanceDocument(card).get("revision")).as("each event applied once").isEqualTo(3L);
        assertThat(readDuringOutage).as("the first event came back again and again during the outage")
                .isGreaterThan(1);
        assertThat(parked.list(DOMAIN_QUEUE)).as("nothing parked for an outage").isEmpty();
    }
}
