package dev.eventualshop.gateway.account;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The request bodies of API.md's account routes: exactly these fields, so nothing else can be assigned. */
final class AccountRequests {

    /** Printable text only: no control characters (a null byte, a line break) in names and addresses. */
    static final String PRINTABLE = "^[^\\p{Cntrl}]*$";

    private AccountRequests() {
    }

    record ChangeProfile(@NotBlank @Size(max = 100) @Pattern(regexp = PRINTABLE) String firstName,
                         @NotBlank @Size(max = 100) @Pattern(regexp = PRINTABLE) String lastName) {
    }

    /** {@code country} is an ISO 3166-1 alpha-2 code. */
    record AddAddress(@NotBlank @Size(max = 200) @Pattern(regexp = PRINTABLE) String street,
                      @NotBlank @Size(max = 100) @Pattern(regexp = PRINTABLE) String city,
                      @NotBlank @Size(max = 20) @Pattern(regexp = PRINTABLE) String postalCode,
                      @NotBlank @Pattern(regexp = "^[A-Z]{2}$") String country) {
    }
}
