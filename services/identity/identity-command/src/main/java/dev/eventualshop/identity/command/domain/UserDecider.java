package dev.eventualshop.identity.command.domain;

import dev.eventualshop.decider.Decider;
import dev.eventualshop.decider.Decision;
import dev.eventualshop.identity.internal.UserEvent;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;

/**
 * A user account. Registration opens it and asks for proof of the address (or records it as proven for the
 * seeded admin); a confirmation token is good once, until it expires, and only the latest one mailed counts;
 * a password changes only when the current one was given.
 */
public final class UserDecider implements Decider<UserCommand, User, UserEvent> {

    @Override
    public User initialState() {
        return new User.Unregistered();
    }

    @Override
    public Decision<UserEvent> decide(UserCommand command, User state) {
        return switch (command) {
            case UserCommand.Register register -> register(register, state);
            case UserCommand.RequestConfirmation request -> requestConfirmation(request, state);
            case UserCommand.ConfirmEmail confirm -> confirmEmail(confirm, state);
            case UserCommand.ChangePassword change -> changePassword(change, state);
        };
    }

    @Override
    public User evolve(User state, UserEvent event) {
        return switch (event) {
            case UserEvent.UserRegistered registered ->
                    new User.Unconfirmed(registered.userId(), registered.email(), null);
            case UserEvent.ConfirmationRequested requested -> switch (state) {
                case User.Unconfirmed unconfirmed ->
                        new User.Unconfirmed(unconfirmed.userId(), unconfirmed.email(), requested.expiresAt());
                case User.Unregistered unregistered -> state;
                case User.Confirmed confirmed -> state;
            };
            case UserEvent.EmailConfirmed confirmed -> new User.Confirmed(confirmed.userId(), confirmed.email());
            case UserEvent.PasswordChanged changed -> state;
        };
    }

    private static Decision<UserEvent> register(UserCommand.Register register, User state) {
        if (!(state instanceof User.Unregistered)) {
            return Decision.reject("ALREADY_REGISTERED", "this account exists already");
        }
        UserEvent registered = new UserEvent.UserRegistered(register.userId(), register.email(),
                register.firstName(), register.lastName(), register.roles(), register.registeredAt());
        return switch (register.confirmation()) {
            case UserCommand.Confirmation.Pending pending -> Decision.accept(registered,
                    new UserEvent.ConfirmationRequested(register.userId(), register.registeredAt(), pending.expiresAt()));
            case UserCommand.Confirmation.Confirmed confirmed -> Decision.accept(registered,
                    new UserEvent.EmailConfirmed(register.userId(), register.email(), register.registeredAt()));
        };
    }

    private static Decision<UserEvent> requestConfirmation(UserCommand.RequestConfirmation request, User state) {
        return switch (state) {
            case User.Unregistered unregistered -> notFound();
            case User.Confirmed confirmed -> alreadyConfirmed();
            case User.Unconfirmed unconfirmed -> Decision.accept(new UserEvent.ConfirmationRequested(
                    request.userId(), request.requestedAt(), request.confirmation().expiresAt()));
        };
    }

    private static Decision<UserEvent> confirmEmail(UserCommand.ConfirmEmail confirm, User state) {
        return switch (state) {
            case User.Unregistered unregistered -> notFound();
            case User.Confirmed confirmed -> alreadyConfirmed();
            case User.Unconfirmed unconfirmed -> {
                if (!sameHash(confirm.presentedTokenHash(), confirm.expectedTokenHash())) {
                    yield Decision.reject("INVALID_TOKEN", "this is not the latest confirmation link");
                }
                if (unconfirmed.confirmationExpiresAt() == null
                        || !confirm.confirmedAt().isBefore(unconfirmed.confirmationExpiresAt())) {
                    yield Decision.reject("TOKEN_EXPIRED", "the confirmation link has expired; ask for a new one");
                }
                yield Decision.accept(new UserEvent.EmailConfirmed(unconfirmed.userId(), unconfirmed.email(),
                        confirm.confirmedAt()));
            }
        };
    }

    private static Decision<UserEvent> changePassword(UserCommand.ChangePassword change, User state) {
        if (state instanceof User.Unregistered) {
            return notFound();
        }
        if (!change.currentPasswordMatched()) {
            return Decision.reject("INVALID_PASSWORD", "the current password is not correct");
        }
        return Decision.accept(List.of(new UserEvent.PasswordChanged(change.userId(), change.changedAt())));
    }

    /** Compares in constant time, so response timing does not leak how much of a hash was guessed. */
    private static boolean sameHash(String presented, String expected) {
        return expected != null && MessageDigest.isEqual(presented.getBytes(StandardCharsets.UTF_8),
                expected.getBytes(StandardCharsets.UTF_8));
    }

    private static <E> Decision<E> notFound() {
        return Decision.reject("NOT_FOUND", "no such account");
    }

    private static <E> Decision<E> alreadyConfirmed() {
        return Decision.reject("ALREADY_CONFIRMED", "the address is confirmed already");
    }
}
