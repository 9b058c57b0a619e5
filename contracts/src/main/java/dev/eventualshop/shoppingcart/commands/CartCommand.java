package dev.eventualshop.shoppingcart.commands;

import dev.eventualshop.contracts.Money;
import java.util.List;
import java.util.UUID;

/**
 * What a shopper can ask of their cart. Every command carries {@code issuer}, the {@code sub} of the caller's token
 * as the gateway stamped it (never a request body's value): a cart rejects with {@code NOT_FOUND} a command whose
 * issuer is not its customer, exactly as a command on a cart that does not exist.
 */
public sealed interface CartCommand {

    UUID cartId();

    String issuer();

    /** Opens a cart for the issuer; a customer has one active cart at a time. */
    record CreateCart(UUID cartId, String issuer) implements CartCommand {
    }

    /**
     * Puts {@code quantity} of a product into the cart, or adds it to the line the product has already. The gateway
     * sends only the product and quantity: Shopping Cart itself fills {@code unitPrice}, {@code sku} and
     * {@code name} from its price list (whatever a client sent), and leaves the price {@code null} for a product it
     * cannot sell.
     */
    record AddItem(UUID cartId, String issuer, UUID productId, int quantity, Money unitPrice, String sku, String name)
            implements CartCommand {

        /** This command as priced from the price list: the product's current price, SKU and name, or none. */
        public AddItem priced(Money price, String productSku, String productName) {
            return new AddItem(cartId, issuer, productId, quantity, price, productSku, productName);
        }
    }

    /** Sets the quantity of a line the cart has. */
    record ChangeQuantity(UUID cartId, String issuer, UUID productId, int quantity) implements CartCommand {
    }

    /** Takes a product's line out of the cart. */
    record RemoveItem(UUID cartId, String issuer, UUID productId) implements CartCommand {
    }

    /** Where the order placed from this cart is to be shipped. */
    record SetShippingAddress(UUID cartId, String issuer, String street, String city, String postalCode,
                              String country) implements CartCommand {
    }

    /** How the order is to be paid: a payment provider's token (such as {@code tok_visa}), never card data. */
    record SetPaymentMethod(UUID cartId, String issuer, String token) implements CartCommand {
    }

    /**
     * Turns the cart into an order (id {@code Ids.orderId(cartId)}). The gateway sends the cart and issuer only:
     * Shopping Cart fills {@code prices} with the current price of each of the cart's products from its price list
     * (a {@code null} price for one it cannot sell) and {@code emailConfirmed} from its customer table fed by
     * Identity, whatever a client sent.
     */
    record CheckOutCart(UUID cartId, String issuer, List<LinePrice> prices, boolean emailConfirmed)
            implements CartCommand {

        public CheckOutCart {
            prices = prices == null ? List.of() : List.copyOf(prices);
        }

        /** This command as prepared by Shopping Cart. */
        public CheckOutCart prepared(List<LinePrice> currentPrices, boolean confirmed) {
            return new CheckOutCart(cartId, issuer, currentPrices, confirmed);
        }

        /** A product's current price, SKU and name; {@code unitPrice} is null for a product not on sale. */
        public record LinePrice(UUID productId, Money unitPrice, String sku, String name) {
        }
    }

    /**
     * Opens a cart for the issuer holding an order's lines again (a reorder). Only Order sends it, on the customer's
     * behalf; Shopping Cart prices each line from its price list as it would {@link AddItem} (whatever the message
     * said) and leaves out a product it no longer sells.
     */
    record CreateCartFromOrder(UUID cartId, String issuer, UUID orderId, List<Item> items) implements CartCommand {

        public CreateCartFromOrder {
            items = items == null ? List.of() : List.copyOf(items);
        }

        /** This command with its lines as priced by Shopping Cart. */
        public CreateCartFromOrder priced(List<Item> pricedItems) {
            return new CreateCartFromOrder(cartId, issuer, orderId, pricedItems);
        }

        /** A line to buy again; the price, SKU and name are Shopping Cart's, null for a product not on sale. */
        public record Item(UUID productId, int quantity, Money unitPrice, String sku, String name) {
        }
    }

    /** Gives the cart up; its customer may open another. */
    record DiscardCart(UUID cartId, String issuer) implements CartCommand {
    }
}
