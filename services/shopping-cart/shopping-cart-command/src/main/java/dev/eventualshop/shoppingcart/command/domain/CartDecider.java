package dev.eventualshop.shoppingcart.command.domain;

import dev.eventualshop.decider.Decider;
import dev.eventualshop.decider.Decision;
import dev.eventualshop.shoppingcart.commands.CartCommand;
import dev.eventualshop.shoppingcart.internal.CartEvent;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * A shopping cart, filled by its customer alone. A command whose issuer is not the cart's customer finds nothing
 * ({@code NOT_FOUND}), exactly as a command on a cart that does not exist, so no one learns whether another user's
 * cart exists. Prices are never the customer's to give: {@code AddItem} arrives priced from the price list, and
 * without a price it names a product the shop does not sell. That a customer has one active cart at a time is a
 * claim taken with {@code CartCreated} and released with {@code CartCheckedOut} or {@code CartDiscarded}, outside
 * this decider. Checking out follows {@link CartCheckout}'s rules.
 */
public final class CartDecider implements Decider<CartCommand, Cart, CartEvent> {

    /** The most of one product a line holds. */
    public static final int MAX_QUANTITY = 99;
    /** The most lines a cart holds. */
    public static final int MAX_LINES = 50;
    /** The longest address field accepted. */
    public static final int MAX_FIELD_LENGTH = 200;
    /** What a payment provider's token looks like; card data never does. */
    public static final Pattern PAYMENT_TOKEN = Pattern.compile("^tok_[A-Za-z0-9_]{1,60}$");

    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    @Override
    public Cart initialState() {
        return new Cart.None();
    }

    @Override
    public Decision<CartEvent> decide(CartCommand command, Cart state) {
        if (command instanceof CartCommand.CreateCart create) {
            return create(create, state);
        }
        if (command instanceof CartCommand.CreateCartFromOrder reorder) {
            return reorder(reorder, state);
        }
        if (!(state instanceof Cart.Active cart)) {
            return switch (state) {
                case Cart.Discarded discarded when discarded.customerId().equals(command.issuer()) ->
                        Decision.reject("CART_DISCARDED", "this cart was discarded");
                case Cart.CheckedOut checkedOut when checkedOut.customerId().equals(command.issuer()) ->
                        Decision.reject("CART_CHECKED_OUT", "this cart was checked out");
                default -> notFound();
            };
        }
        if (!cart.ownedBy(command.issuer())) {
            return notFound();
        }
        return switch (command) {
            case CartCommand.CreateCart create -> create(create, state);
            case CartCommand.CreateCartFromOrder reorder -> reorder(reorder, state);
            case CartCommand.AddItem add -> CartLines.add(add, cart);
            case CartCommand.ChangeQuantity change -> CartLines.change(change, cart);
            case CartCommand.RemoveItem remove -> CartLines.remove(remove, cart);
            case CartCommand.SetShippingAddress address -> setAddress(address, cart);
            case CartCommand.SetPaymentMethod payment -> setPayment(payment, cart);
            case CartCommand.CheckOutCart checkout -> CartCheckout.decide(checkout, cart);
            case CartCommand.DiscardCart discard ->
                    Decision.accept(new CartEvent.CartDiscarded(cart.cartId(), cart.customerId()));
        };
    }

    @Override
    public Cart evolve(Cart state, CartEvent event) {
        if (event instanceof CartEvent.CartCreated created) {
            return new Cart.Active(created.cartId(), created.customerId(), Map.of(), null, null);
        }
        if (!(state instanceof Cart.Active cart)) {
            return state;
        }
        return switch (event) {
            case CartEvent.CartCreated created -> state;
            case CartEvent.ItemAdded added -> cart.with(new CartLine(added.productId(), added.sku(), added.name(),
                    added.unitPrice(), added.quantity()));
            case CartEvent.ItemQuantityChanged changed -> cart.lines().containsKey(changed.productId())
                    ? cart.with(cart.lines().get(changed.productId()).withQuantity(changed.quantity())) : cart;
            case CartEvent.ItemRemoved removed -> cart.without(removed.productId());
            case CartEvent.ShippingAddressSet set -> cart.shippingTo(
                    new Cart.ShippingAddress(set.street(), set.city(), set.postalCode(), set.country()));
            case CartEvent.PaymentMethodSet set -> cart.payingWith(set.token());
            case CartEvent.CartCheckedOut checkedOut ->
                    new Cart.CheckedOut(cart.cartId(), cart.customerId(), checkedOut.orderId());
            case CartEvent.CartDiscarded discarded -> new Cart.Discarded(cart.cartId(), cart.customerId());
        };
    }

    private static Decision<CartEvent> create(CartCommand.CreateCart create, Cart state) {
        if (!(state instanceof Cart.None)) {
            return Decision.reject("CART_EXISTS", "a cart with this id exists already");
        }
        if (create.cartId() == null || create.issuer() == null || create.issuer().isBlank()) {
            return invalid("a cart needs an id and a customer");
        }
        return Decision.accept(new CartEvent.CartCreated(create.cartId(), create.issuer()));
    }

    /**
     * A new cart with an order's lines, each at the current price; a product no longer on sale is left out, and a
     * quantity above the cap is capped (the cart's rules hold whatever the order had).
     */
    private static Decision<CartEvent> reorder(CartCommand.CreateCartFromOrder reorder, Cart state) {
        Decision<CartEvent> created = create(new CartCommand.CreateCart(reorder.cartId(), reorder.issuer()), state);
        if (created instanceof Decision.Rejected<CartEvent>) {
            return created;
        }
        if (reorder.orderId() == null || reorder.items().size() > MAX_LINES) {
            return invalid("a reorder names its order and at most " + MAX_LINES + " lines");
        }
        List<CartEvent> events = new ArrayList<>(created.events());
        Set<UUID> products = new HashSet<>();
        for (CartCommand.CreateCartFromOrder.Item item : reorder.items()) {
            if (item.productId() != null && item.unitPrice() != null && item.quantity() > 0
                    && products.add(item.productId())) {
                events.add(new CartEvent.ItemAdded(reorder.cartId(), item.productId(), item.sku(), item.name(),
                        item.unitPrice(), Math.min(item.quantity(), MAX_QUANTITY)));
            }
        }
        return Decision.accept(events);
    }

    private static Decision<CartEvent> setAddress(CartCommand.SetShippingAddress address, Cart.Active cart) {
        if (!requiredText(address.street()) || !requiredText(address.city()) || !requiredText(address.postalCode())
                || address.country() == null || !COUNTRIES.contains(address.country())) {
            return invalid("street, city and postal code are required, at most " + MAX_FIELD_LENGTH
                    + " characters; the country is an ISO 3166-1 alpha-2 code");
        }
        Cart.ShippingAddress changed = new Cart.ShippingAddress(address.street(), address.city(),
                address.postalCode(), address.country());
        return changed.equals(cart.address()) ? Decision.accept() : Decision.accept(new CartEvent.ShippingAddressSet(
                cart.cartId(), address.street(), address.city(), address.postalCode(), address.country()));
    }

    private static Decision<CartEvent> setPayment(CartCommand.SetPaymentMethod payment, Cart.Active cart) {
        if (payment.token() == null || !PAYMENT_TOKEN.matcher(payment.token()).matches()) {
            return invalid("a payment method is a token like tok_visa");
        }
        return payment.token().equals(cart.paymentToken()) ? Decision.accept()
                : Decision.accept(new CartEvent.PaymentMethodSet(cart.cartId(), payment.token()));
    }

    private static boolean requiredText(String value) {
        return value != null && !value.isBlank() && value.length() <= MAX_FIELD_LENGTH;
    }

    static Decision<CartEvent> notFound() {
        return Decision.reject("NOT_FOUND", "no such cart or line");
    }

    static Decision<CartEvent> invalid(String message) {
        return Decision.reject("INVALID", message);
    }
}
