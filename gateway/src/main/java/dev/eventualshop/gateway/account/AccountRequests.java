package dev.eventualshop.gateway.account;

import dev.eventualshop.gateway.command.RequestText;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The request bodies of API.md's account routes: exactly these fields, so nothing else can be assigned. */
final class AccountRequests {

    private AccountRequests() {
    }

    record ChangeProfile(@NotBlank @Size(max = 100) @Pattern(regexp = RequestText.PRINTABLE) String firstName,
                         @NotBlank @Size(max = 100) @Pattern(regexp = RequestText.PRINTABLE) String lastName) {
    }
}
