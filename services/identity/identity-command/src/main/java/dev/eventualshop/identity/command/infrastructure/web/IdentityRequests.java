package dev.eventualshop.identity.command.infrastructure.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.UUID;

/** The bodies of the internal API, exactly their fields (unknown fields are refused). */
final class IdentityRequests {

    /** Any text without control characters (a null byte in a name is an error, not a name). */
    private static final String PRINTABLE = "[^\\p{Cntrl}]+";

    private IdentityRequests() {
    }

    /** {@code POST /internal/identity/users}. */
    record Register(@NotBlank @Email @Size(max = 320) String email,
                    @NotNull @Size(min = 8, max = 128) String password,
                    @NotBlank @Size(min = 1, max = 100) @Pattern(regexp = PRINTABLE) String firstName,
                    @NotBlank @Size(min = 1, max = 100) @Pattern(regexp = PRINTABLE) String lastName) {
        @Override
        public String toString() {
            return "Register[...]";
        }
    }

    /** {@code POST /internal/identity/users/{userId}/email-confirmation}. */
    record ConfirmEmail(@NotBlank @Size(max = 200) @Pattern(regexp = "[A-Za-z0-9_-]+") String token) {
        @Override
        public String toString() {
            return "ConfirmEmail[...]";
        }
    }

    /** {@code POST /internal/identity/email-confirmation-requests}. */
    record RequestConfirmation(@NotBlank @Email @Size(max = 320) String email) {
        @Override
        public String toString() {
            return "RequestConfirmation[...]";
        }
    }

    /** {@code PUT /internal/identity/password}. */
    record ChangePassword(@NotNull @Size(min = 1, max = 128) String currentPassword,
                          @NotNull @Size(min = 8, max = 128) String newPassword) {
        @Override
        public String toString() {
            return "ChangePassword[...]";
        }
    }

    /** The answer to every command: it is recorded, and its outcome will reach the gateway. */
    record Accepted(UUID commandId) {
    }
}
