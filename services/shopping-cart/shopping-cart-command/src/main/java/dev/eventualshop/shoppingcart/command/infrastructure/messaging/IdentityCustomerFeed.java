package dev.eventualshop.shoppingcart.command.infrastructure.messaging;

import dev.eventualshop.eventstore.MessageCodec;
import dev.eventualshop.identity.IdentityMessages;
import dev.eventualshop.identity.v1.IdentityIntegrationEvent;
import dev.eventualshop.messaging.Topology;
import dev.eventualshop.messaging.consumer.ConsumerBinding;
import dev.eventualshop.shoppingcart.command.infrastructure.persistence.JdbcCustomers;
import java.util.List;

/**
 * The queue {@code <service>.identity.events} that feeds the customer table with Identity's
 * {@code identity.v1.EmailConfirmed}: a checkout needs a confirmed email address.
 */
public final class IdentityCustomerFeed {

    static final String EMAIL_CONFIRMED = "identity.v1.EmailConfirmed";

    private IdentityCustomerFeed() {
    }

    public static ConsumerBinding binding(String service, MessageCodec codec, JdbcCustomers customers) {
        String exchange = Topology.events(IdentityMessages.CONTEXT);
        return ConsumerBinding.ordered(Topology.queue(service, exchange), exchange, List.of(EMAIL_CONFIRMED),
                codec::deserialize,
                message -> customers.apply((IdentityIntegrationEvent.EmailConfirmed) message.payload()));
    }
}
