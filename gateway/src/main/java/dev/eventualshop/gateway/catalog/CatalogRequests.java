package dev.eventualshop.gateway.catalog;

import dev.eventualshop.contracts.Money;
import dev.eventualshop.gateway.command.RequestText;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The request bodies of API.md's catalog routes: exactly these fields, so nothing else can be assigned. */
final class CatalogRequests {

    /** Text that may span lines (a description): no control character but line breaks and tabs. */
    static final String MULTILINE = "^[\\P{Cntrl}\\n\\r\\t]*$";
    static final String SKU = "^[A-Za-z0-9_-]{1,64}$";
    /** A path on this site or an http(s) URL; never protocol-relative ({@code //host}) nor {@code javascript:}. */
    static final String IMAGE_URL = "^(/(?![/\\\\])|https?://)[^\\s\\p{Cntrl}]*$";

    private CatalogRequests() {
    }

    /** API.md's money: {@code {"amount": "19.99", "currency": "EUR"}}, the amount a decimal string. */
    record Price(@NotNull @Pattern(regexp = Money.AMOUNT_TEXT) String amount,
                 @NotNull @Pattern(regexp = "^[A-Z]{3}$") String currency) {
        Money money() {
            return Money.of(amount, currency);
        }
    }

    record CreateItem(@NotBlank @Pattern(regexp = SKU) String sku,
                      @NotBlank @Size(max = 200) @Pattern(regexp = RequestText.PRINTABLE) String name,
                      @Size(max = 2000) @Pattern(regexp = MULTILINE) String description,
                      @NotNull @Valid Price price,
                      @Size(max = 500) @Pattern(regexp = IMAGE_URL) String imageUrl) {
    }

    record ChangeItemDetails(@NotBlank @Size(max = 200) @Pattern(regexp = RequestText.PRINTABLE) String name,
                             @Size(max = 2000) @Pattern(regexp = MULTILINE) String description,
                             @Size(max = 500) @Pattern(regexp = IMAGE_URL) String imageUrl) {
    }
}
