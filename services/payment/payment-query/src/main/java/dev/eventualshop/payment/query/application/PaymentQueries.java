package dev.eventualshop.payment.query.application;

import dev.eventualshop.payment.query.domain.PaymentView;
import dev.eventualshop.payment.query.domain.PaymentsProjection;
import dev.eventualshop.projection.ProjectionDocument;
import dev.eventualshop.projection.ProjectionSearch;
import dev.eventualshop.projection.ProjectionStore;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * An ADMIN's reads of the payments read model: the payments of an order, or in a status, to set the money
 * captured and refunded against the orders' totals.
 */
public final class PaymentQueries {

    /** The most payments one listing returns, as for an ADMIN's orders. */
    public static final int LIMIT = 100;

    private final ProjectionStore store;
    private final PaymentsProjection payments;

    public PaymentQueries(ProjectionStore store, PaymentsProjection payments) {
        this.store = Objects.requireNonNull(store, "store");
        this.payments = Objects.requireNonNull(payments, "payments");
    }

    /**
     * At most {@value #LIMIT} payments of the order {@code orderId} and in {@code status} ({@code null}: any),
     * in a stable order: by payment id, as Payment's events carry no time to sort by.
     */
    public List<PaymentView> matching(UUID orderId, PaymentView.Status status) {
        Map<String, Object> equals = new LinkedHashMap<>();
        if (orderId != null) {
            equals.put(PaymentsProjection.ORDER_ID, orderId.toString());
        }
        if (status != null) {
            equals.put(PaymentsProjection.STATUS, status.name());
        }
        ProjectionSearch search = new ProjectionSearch(equals, List.of(), null, List.of(), 0, LIMIT);
        return store.search(payments, search).documents().stream().map(ProjectionDocument::view).toList();
    }
}
