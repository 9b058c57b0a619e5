package dev.eventualshop.gateway.cart;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.UUID;

/**
 * The request bodies of API.md's cart routes: exactly these fields, so a client cannot send a price or a customer
 * (the strict JSON reader refuses unknown fields with 400).
 */
final class CartRequests {

    static final String PRINTABLE = "^[^\\p{Cntrl}]*$";

    private CartRequests() {
    }

    /** {@code cartId} is optional: a client may name its cart (so a retry creates no second one), else it is derived. */
    record CreateCart(UUID cartId) {
    }

    record AddItem(@NotNull UUID productId, @NotNull @Min(1) @Max(99) Integer quantity) {
    }

    record ChangeQuantity(@NotNull @Min(1) @Max(99) Integer quantity) {
    }

    /** {@code country} is an ISO 3166-1 alpha-2 code. */
    record ShippingAddress(@NotBlank @Size(max = 200) @Pattern(regexp = PRINTABLE) String street,
                           @NotBlank @Size(max = 100) @Pattern(regexp = PRINTABLE) String city,
                           @NotBlank @Size(max = 20) @Pattern(regexp = PRINTABLE) String postalCode,
                           @NotBlank @Pattern(regexp = "^[A-Z]{2}$") String country) {
    }

    /** A payment provider's token, e.g. {@code tok_visa}; never card data. */
    record PaymentMethod(@NotBlank @Pattern(regexp = "^tok_[A-Za-z0-9_]{1,60}$") String token) {
    }
}
