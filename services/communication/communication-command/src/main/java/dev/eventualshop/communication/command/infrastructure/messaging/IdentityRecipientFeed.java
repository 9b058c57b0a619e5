package dev.eventualshop.communication.command.infrastructure.messaging;

import dev.eventualshop.communication.command.infrastructure.persistence.JdbcRecipients;
import dev.eventualshop.eventstore.MessageCodec;
import dev.eventualshop.identity.IdentityMessages;
import dev.eventualshop.identity.v1.IdentityIntegrationEvent;
import dev.eventualshop.messaging.Topology;
import dev.eventualshop.messaging.consumer.ConsumerBinding;
import java.util.List;

/**
 * The queue {@code <service>.identity.events} that feeds the recipients table with Identity's
 * {@code identity.v1.EmailConfirmed}: the order mails go to the address the customer confirmed. (Identity's
 * {@code UserRegistered} is not taken: an unconfirmed address is never mailed about an order.)
 */
public final class IdentityRecipientFeed {

    static final String EMAIL_CONFIRMED = "identity.v1.EmailConfirmed";

    private IdentityRecipientFeed() {
    }

    public static ConsumerBinding binding(String service, MessageCodec codec, JdbcRecipients recipients) {
        String exchange = Topology.events(IdentityMessages.CONTEXT);
        return ConsumerBinding.ordered(Topology.queue(service, exchange), exchange, List.of(EMAIL_CONFIRMED),
                codec::deserialize, message -> recipients.apply(
                        (IdentityIntegrationEvent.EmailConfirmed) message.payload(), message.version()));
    }
}
