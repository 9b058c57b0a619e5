package dev.eventualshop.shoppingcart.command.infrastructure.messaging;

import dev.eventualshop.catalog.CatalogMessages;
import dev.eventualshop.catalog.v1.CatalogIntegrationEvent;
import dev.eventualshop.contracts.MessageType;
import dev.eventualshop.eventstore.MessageCodec;
import dev.eventualshop.messaging.Topology;
import dev.eventualshop.messaging.consumer.ConsumerBinding;
import dev.eventualshop.shoppingcart.command.infrastructure.persistence.JdbcPriceList;

/**
 * The ordered queue {@code <service>.catalog.events} that feeds the price list with every {@code catalog.v1} event,
 * each applied at the item's stream version from its {@code es-version} header.
 */
public final class CatalogPriceFeed {

    private CatalogPriceFeed() {
    }

    public static ConsumerBinding binding(String service, MessageCodec codec, JdbcPriceList prices) {
        String exchange = Topology.events(CatalogMessages.CONTEXT);
        return ConsumerBinding.ordered(Topology.queue(service, exchange), exchange,
                CatalogMessages.integrationEvents().all().stream().map(MessageType::name).sorted().toList(),
                codec::deserialize,
                message -> prices.apply((CatalogIntegrationEvent) message.payload(), message.version()));
    }
}
