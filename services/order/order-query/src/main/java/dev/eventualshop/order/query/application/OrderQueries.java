package dev.eventualshop.order.query.application;

import dev.eventualshop.order.query.domain.OrderView;
import dev.eventualshop.order.query.domain.OrdersProjection;
import dev.eventualshop.projection.ProjectionDocument;
import dev.eventualshop.projection.ProjectionSearch;
import dev.eventualshop.projection.ProjectionStore;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * Reads of the orders read model on behalf of a signed-in user. A customer reads only their own orders: another
 * user's order is as absent as one that does not exist. An ADMIN reads any order, and lists orders by status.
 */
public final class OrderQueries {

    /** The most orders one listing returns. */
    public static final int LIMIT = 100;

    private final ProjectionStore store;
    private final OrdersProjection orders;

    public OrderQueries(ProjectionStore store, OrdersProjection orders) {
        this.store = Objects.requireNonNull(store, "store");
        this.orders = Objects.requireNonNull(orders, "orders");
    }

    /**
     * The newest {@value #LIMIT} orders of the user {@code subject} (a token's {@code sub}), newest first.
     *
     * @param subject the user id the token was issued to; anything that is not a user id finds nothing
     */
    public List<OrderView> own(String subject) {
        return store.listOwn(orders, subject, OrdersProjection.PLACED_AT, true, LIMIT).stream()
                .map(ProjectionDocument::view)
                .toList();
    }

    /**
     * The order {@code orderId} if it exists and the user {@code subject} owns it, or the caller is an ADMIN.
     *
     * @return the document, whose version is the order stream's
     */
    public Optional<ProjectionDocument<OrderView>> one(String subject, boolean admin, UUID orderId) {
        ProjectionDocument<OrderView> document = store.find(orders, orderId.toString());
        if (document == null || document.view() == null
                || !(admin || subject != null && document.owners().contains(subject))) {
            return Optional.empty();
        }
        return Optional.of(document);
    }

    /** The oldest {@value #LIMIT} orders in {@code status}, oldest first: an ADMIN's work list. */
    public List<OrderView> inStatus(OrderView.Status status) {
        ProjectionSearch search = new ProjectionSearch(Map.of(OrdersProjection.STATUS, status.name()), List.of(),
                null, List.of(OrdersProjection.PLACED_AT), 0, LIMIT);
        return store.search(orders, search).documents().stream().map(ProjectionDocument::view).toList();
    }
}
