package dev.eventualshop.projection.test;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eventualshop.eventstore.MessageJson;
import dev.eventualshop.projection.IntegrationSource;
import dev.eventualshop.projection.Projection;
import dev.eventualshop.projection.mongo.ViewCodec;
import java.util.Set;

/**
 * The projection under test, checking on every {@code evolve} that it is deterministic and that its view
 * survives the storage codec.
 */
final class CheckedProjection<V> implements Projection<V> {

    private final Projection<V> projection;
    private final ViewCodec codec = new ViewCodec(MessageJson.mapper());

    CheckedProjection(Projection<V> projection) {
        this.projection = projection;
    }

    @Override
    public String view() {
        return projection.view();
    }

    @Override
    public Class<V> viewType() {
        return projection.viewType();
    }

    @Override
    public String streamType() {
        return projection.streamType();
    }

    @Override
    public String idOfStream(String id) {
        return projection.idOfStream(id);
    }

    @Override
    public Set<IntegrationSource> integrationEvents() {
        return projection.integrationEvents();
    }

    @Override
    public String idOf(Object integrationEvent) {
        return projection.idOf(integrationEvent);
    }

    @Override
    public boolean takes(Object payload) {
        return projection.takes(payload);
    }

    @Override
    public V evolve(V view, Object event) {
        V next = projection.evolve(view, event);
        assertThat(projection.evolve(view, event)).as("evolving %s twice by %s (evolve must be pure)", view, event)
                .isEqualTo(next);
        if (next != null) {
            assertThat(codec.read(codec.write(next), projection.viewType()))
                    .as("%s after its round trip through the storage codec", next).isEqualTo(next);
        }
        return next;
    }

    @Override
    public Set<String> owners(V view) {
        return projection.owners(view);
    }
}
