package dev.eventualshop.shoppingcart.query.infrastructure.web;

import dev.eventualshop.contracts.Money;
import dev.eventualshop.shoppingcart.query.application.CartQueries;
import dev.eventualshop.shoppingcart.query.application.PricedCart;
import dev.eventualshop.shoppingcart.query.domain.CartView;
import dev.eventualshop.web.problem.Problems;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;

/**
 * The signed-in customer's carts, priced at the current catalog prices. Who the customer is comes from the token's
 * {@code sub} and nowhere else; another user's cart is {@code 404}, exactly like an unknown one. Each response
 * carries an {@code ETag} over the versions it was built from, and a matching {@code If-None-Match} gets
 * {@code 304}.
 */
@RestController
@PreAuthorize("hasRole('CUSTOMER')")
class CartController {

    private static final Pattern CANONICAL_UUID =
            Pattern.compile("^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$");

    private final CartQueries carts;

    CartController(CartQueries carts) {
        this.carts = carts;
    }

    @GetMapping("/api/v1/carts/current")
    ResponseEntity<?> current(@AuthenticationPrincipal Jwt token, WebRequest request) {
        return answer(carts.current(token.getSubject()), request, "You have no active cart.");
    }

    @GetMapping("/api/v1/carts/{cartId}")
    ResponseEntity<?> cart(@AuthenticationPrincipal Jwt token, @PathVariable String cartId, WebRequest request) {
        if (!CANONICAL_UUID.matcher(cartId).matches()) {
            return Problems.response(Problems.invalid("cartId", "must be a UUID"));
        }
        return answer(carts.own(token.getSubject(), UUID.fromString(cartId)), request, "No such cart.");
    }

    private static ResponseEntity<?> answer(Optional<PricedCart> found, WebRequest request, String notFound) {
        if (found.isEmpty()) {
            return Problems.response(Problems.of(HttpStatus.NOT_FOUND, notFound));
        }
        PricedCart cart = found.get();
        if (request.checkNotModified(cart.etag())) {
            return ResponseEntity.status(HttpStatus.NOT_MODIFIED).eTag(cart.etag())
                    .cacheControl(CacheControl.noCache().cachePrivate()).build();
        }
        return ResponseEntity.ok().eTag(cart.etag()).cacheControl(CacheControl.noCache().cachePrivate())
                .body(Cart.of(cart));
    }

    /** A cart as the API shows it (API.md), amounts as two-decimal strings. */
    record Cart(UUID cartId, CartView.Status status, List<Line> items, Amount total, CartView.Address shippingAddress,
                String paymentMethod, long version) {

        static Cart of(PricedCart priced) {
            CartView cart = priced.cart();
            return new Cart(cart.cartId(), cart.status(), priced.lines().stream().map(Line::of).toList(),
                    Amount.of(priced.total()), cart.shippingAddress(), cart.paymentMethod(), priced.version());
        }
    }

    record Line(UUID productId, String sku, String name, Amount unitPrice, int quantity, Amount lineTotal) {

        static Line of(PricedCart.Line line) {
            return new Line(line.productId(), line.sku(), line.name(), Amount.of(line.unitPrice()), line.quantity(),
                    Amount.of(line.lineTotal()));
        }
    }

    /** Money as API.md writes it: {@code {"amount": "19.99", "currency": "EUR"}}. */
    record Amount(String amount, String currency) {

        static Amount of(Money money) {
            return money == null ? null : new Amount(money.amountText(), money.currency());
        }
    }
}
