package dev.eventualshop.order.query.infrastructure.web;

import dev.eventualshop.contracts.Money;
import dev.eventualshop.order.OrderLine;
import dev.eventualshop.order.ShippingAddress;
import dev.eventualshop.order.query.application.OrderQueries;
import dev.eventualshop.order.query.domain.OrderView;
import dev.eventualshop.projection.ProjectionDocument;
import dev.eventualshop.web.problem.Problems;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;

/**
 * Orders as API.md shows them. Who the caller is comes from the token alone (its {@code sub} and roles): no
 * parameter names a user. A customer lists and reads their own orders; another user's order is {@code 404}, exactly
 * like an unknown one. An ADMIN reads any order and lists orders by status ({@link SecurityConfiguration} keeps the
 * listing to ADMINs). An order carries an {@code ETag} (its stream's version), and a matching {@code If-None-Match}
 * gets {@code 304}.
 */
@RestController
class OrderController {

    private static final String ADMIN = "ROLE_ADMIN";
    private static final Pattern CANONICAL_UUID =
            Pattern.compile("^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$");

    private final OrderQueries orders;

    OrderController(OrderQueries orders) {
        this.orders = orders;
    }

    @GetMapping(SecurityConfiguration.ORDERS)
    List<Summary> own(@AuthenticationPrincipal Jwt token) {
        return orders.own(token.getSubject()).stream().map(Summary::of).toList();
    }

    @GetMapping(SecurityConfiguration.ORDER)
    ResponseEntity<?> order(@AuthenticationPrincipal Jwt token, Authentication caller, @PathVariable String orderId,
                            WebRequest request) {
        if (!CANONICAL_UUID.matcher(orderId).matches()) {
            return Problems.response(Problems.invalid("orderId", "must be a UUID"));
        }
        Optional<ProjectionDocument<OrderView>> found =
                orders.one(token.getSubject(), isAdmin(caller), UUID.fromString(orderId));
        if (found.isEmpty()) {
            return Problems.response(Problems.of(HttpStatus.NOT_FOUND, "No such order."));
        }
        String etag = "\"" + found.get().version() + "\"";
        CacheControl cache = CacheControl.noCache().cachePrivate();
        if (request.checkNotModified(etag)) {
            return ResponseEntity.status(HttpStatus.NOT_MODIFIED).eTag(etag).cacheControl(cache).build();
        }
        return ResponseEntity.ok().eTag(etag).cacheControl(cache).body(Order.of(found.get().view()));
    }

    @GetMapping(SecurityConfiguration.ADMIN_ORDERS)
    ResponseEntity<?> inStatus(@RequestParam(required = false) String status) {
        Optional<OrderView.Status> known = Arrays.stream(OrderView.Status.values())
                .filter(candidate -> candidate.name().equals(status)).findFirst();
        if (known.isEmpty()) {
            return Problems.response(Problems.invalid("status", "must be one of "
                    + Arrays.toString(OrderView.Status.values())));
        }
        return ResponseEntity.ok(orders.inStatus(known.get()).stream().map(Summary::of).toList());
    }

    private static boolean isAdmin(Authentication caller) {
        return caller != null && caller.getAuthorities().stream()
                .anyMatch(authority -> ADMIN.equals(authority.getAuthority()));
    }

    /** An order in a listing. */
    record Summary(UUID orderId, OrderView.Status status, Amount total, Instant placedAt) {

        static Summary of(OrderView order) {
            return new Summary(order.orderId(), order.status(), Amount.of(order.total()), order.placedAt());
        }
    }

    /** One order, whole: never its payment token. {@code reorderedInto}: the carts it was bought again in. */
    record Order(UUID orderId, OrderView.Status status, OrderView.CancellationReason cancellationReason,
                 List<Line> lines, Amount total, OrderView.Payment payment, List<OrderView.Step> timeline,
                 ShippingAddress shippingAddress, Instant placedAt, List<UUID> reorderedInto) {

        static Order of(OrderView order) {
            return new Order(order.orderId(), order.status(), order.cancellationReason(),
                    order.lines().stream().map(Line::of).toList(), Amount.of(order.total()), order.payment(),
                    order.timeline(), order.shippingAddress(), order.placedAt(), order.reorderedInto());
        }
    }

    record Line(UUID productId, String sku, String name, Amount unitPrice, int quantity, Amount lineTotal) {

        static Line of(OrderLine line) {
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
