package dev.eventualshop.gateway.identity;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * The shapes of Identity's commands as the public API takes them, checked here too so that a malformed one is
 * refused at once (400) and never reaches identity-command. Identity decides the rest (password policy, state).
 */
final class IdentityRequests {

    private IdentityRequests() {
    }

    record Register(@NotBlank @Email @Size(max = 254) String email,
                    @NotBlank @Size(min = 8, max = 128) String password,
                    @NotBlank @Size(max = 100) String firstName,
                    @NotBlank @Size(max = 100) String lastName) {

        @Override
        public String toString() {
            return "Register[email=" + email + ", password=****]";
        }
    }

    record ConfirmEmail(@NotBlank @Size(max = 512) String token) {

        @Override
        public String toString() {
            return "ConfirmEmail[token=****]";
        }
    }

    record RequestConfirmation(@NotBlank @Email @Size(max = 254) String email) {
    }

    record ChangePassword(@NotBlank @Size(max = 128) String currentPassword,
                          @NotBlank @Size(min = 8, max = 128) String newPassword) {

        @Override
        public String toString() {
            return "ChangePassword[****]";
        }
    }
}
