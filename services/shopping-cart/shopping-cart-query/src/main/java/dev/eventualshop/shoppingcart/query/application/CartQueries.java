package dev.eventualshop.shoppingcart.query.application;

import dev.eventualshop.contracts.Money;
import dev.eventualshop.projection.ProjectionDocument;
import dev.eventualshop.projection.ProjectionStore;
import dev.eventualshop.projection.SourcePosition;
import dev.eventualshop.shoppingcart.query.domain.CartView;
import dev.eventualshop.shoppingcart.query.domain.CartsProjection;
import dev.eventualshop.shoppingcart.query.domain.PriceView;
import dev.eventualshop.shoppingcart.query.domain.PricesProjection;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * Reads of the carts read model on behalf of a signed-in customer, priced from the price table as it stands now.
 * A customer reads only their own carts: another user's cart is as absent as one that does not exist.
 */
public final class CartQueries {

    private final ProjectionStore store;
    private final CartsProjection carts;
    private final PricesProjection prices;

    public CartQueries(ProjectionStore store, CartsProjection carts, PricesProjection prices) {
        this.store = Objects.requireNonNull(store, "store");
        this.carts = Objects.requireNonNull(carts, "carts");
        this.prices = Objects.requireNonNull(prices, "prices");
    }

    /** The active cart of the user {@code subject} (a token's {@code sub}), if they have one. */
    public Optional<PricedCart> current(String subject) {
        return store.findOwnBy(carts, subject, CartsProjection.STATUS, CartView.Status.ACTIVE.name())
                .map(this::priced);
    }

    /** The cart {@code cartId} if it exists and the user {@code subject} owns it. */
    public Optional<PricedCart> own(String subject, UUID cartId) {
        ProjectionDocument<CartView> document = store.find(carts, cartId.toString());
        if (document == null || document.view() == null || subject == null || !document.owners().contains(subject)) {
            return Optional.empty();
        }
        return Optional.of(priced(document));
    }

    private PricedCart priced(ProjectionDocument<CartView> document) {
        CartView cart = document.view();
        List<PricedCart.Line> lines = new ArrayList<>(cart.lines().size());
        Money total = null;
        StringBuilder versions = new StringBuilder("cart:").append(cart.cartId()).append('@').append(document.version());
        for (CartView.Line line : cart.lines()) {
            PricedCart.Line priced = cart.status() == CartView.Status.ACTIVE ? priced(line) : recorded(line);
            lines.add(priced);
            total = total == null ? priced.lineTotal() : total.plus(priced.lineTotal());
            versions.append(";price:").append(line.productId()).append('@').append(priced.priceVersion());
        }
        return new PricedCart(cart, lines, total, document.version(), etag(versions.toString()));
    }

    private PricedCart.Line priced(CartView.Line line) {
        ProjectionDocument<PriceView> current = store.find(prices, line.productId().toString());
        boolean usable = current != null && current.view() != null
                && current.view().price().currency().equals(line.unitPrice().currency());
        Money unitPrice = usable ? current.view().price() : line.unitPrice();
        long priceVersion = usable ? sourceVersion(current) : 0;
        return new PricedCart.Line(line.productId(), line.sku(), line.name(), unitPrice, line.quantity(),
                unitPrice.times(line.quantity()), priceVersion);
    }

    /** A line at the price it holds: a cart that is no longer open keeps the prices it was checked out at. */
    private static PricedCart.Line recorded(CartView.Line line) {
        return new PricedCart.Line(line.productId(), line.sku(), line.name(), line.unitPrice(), line.quantity(),
                line.unitPrice().times(line.quantity()), 0);
    }

    /** The newest version of the product's catalog stream the price table has applied. */
    private static long sourceVersion(ProjectionDocument<PriceView> price) {
        return price.sources().stream().mapToLong(SourcePosition::version).max().orElse(0);
    }

    /** A strong entity tag: a digest of every version the response is built from. */
    private static String etag(String versions) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(versions.getBytes(StandardCharsets.UTF_8));
            return "\"" + HexFormat.of().formatHex(digest, 0, 16) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
