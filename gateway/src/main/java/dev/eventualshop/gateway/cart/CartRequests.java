package dev.eventualshop.gateway.cart;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.UUID;

/**
 * The request bodies of API.md's cart routes: exactly these fields, so a client cannot send a price or a customer
 * (the strict JSON reader refuses unknown fields with 400).
 */
final class CartRequests {

    private CartRequests() {
    }

    /** {@code cartId} is optional: a client may name its cart (so a retry creates no second one), else it is derived. */
    record CreateCart(UUID cartId) {
    }

    record AddItem(@NotNull UUID productId, @NotNull @Min(1) @Max(99) Integer quantity) {
    }

    record ChangeQuantity(@NotNull @Min(1) @Max(99) Integer quantity) {
    }

    /** A payment provider's token, e.g. {@code tok_visa}; never card data. */
    record PaymentMethod(@NotBlank @Pattern(regexp = "^tok_[A-Za-z0-9_]{1,60}$") String token) {
    }
}
