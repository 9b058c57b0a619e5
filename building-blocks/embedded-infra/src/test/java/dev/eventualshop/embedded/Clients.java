package dev.eventualshop.embedded;

import org.springframework.amqp.rabbit.connection.CachingConnectionFactory;

/** Spring AMQP connection factories pointed at an {@link EmbeddedBroker}, as the services will build them. */
final class Clients {

    private Clients() {
    }

    static CachingConnectionFactory connections(EmbeddedBroker broker, String virtualHost) {
        CachingConnectionFactory factory = new CachingConnectionFactory(broker.host(), broker.port());
        factory.setUsername(broker.username());
        factory.setPassword(broker.password());
        factory.setVirtualHost(virtualHost);
        return factory;
    }

    /** Publisher confirms and returns on, the way the relay and the gateway publish. */
    static CachingConnectionFactory confirmingConnections(EmbeddedBroker broker) {
        CachingConnectionFactory factory = connections(broker, broker.virtualHost());
        factory.setPublisherConfirmType(CachingConnectionFactory.ConfirmType.CORRELATED);
        factory.setPublisherReturns(true);
        return factory;
    }
}
