package dev.eventualshop.gateway.command;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A postal address as API.md's account and cart routes take it: exactly these fields, printable text only;
 * {@code country} is an ISO 3166-1 alpha-2 code.
 */
public record PostalAddress(@NotBlank @Size(max = 200) @Pattern(regexp = RequestText.PRINTABLE) String street,
                            @NotBlank @Size(max = 100) @Pattern(regexp = RequestText.PRINTABLE) String city,
                            @NotBlank @Size(max = 20) @Pattern(regexp = RequestText.PRINTABLE) String postalCode,
                            @NotBlank @Pattern(regexp = "^[A-Z]{2}$") String country) {
}
