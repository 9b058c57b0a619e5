package dev.eventualshop.identity.command.application;

import dev.eventualshop.communication.commands.CommunicationCommand;
import dev.eventualshop.contracts.Ids;
import dev.eventualshop.contracts.Uuids;
import dev.eventualshop.eventstore.CommandEnvelope;
import dev.eventualshop.eventstore.pipeline.CommandLog;
import dev.eventualshop.eventstore.pipeline.CommandOutcome;
import dev.eventualshop.eventstore.pipeline.CommandPipeline;
import dev.eventualshop.eventstore.pipeline.OutgoingCommand;
import dev.eventualshop.identity.command.domain.Roles;
import dev.eventualshop.identity.command.domain.UserCommand;
import dev.eventualshop.identity.command.domain.UserCommand.Confirmation;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Identity's use cases. Each turns a request into one command through the pipeline, with the secrets hashed
 * here (the domain sees hashes and outcomes, never a password), and asks Communication for the mail the outcome
 * calls for with a command stored in the same transaction (the relay sends it; docs/adr/0007). A command id seen
 * before is answered from the record and asks for nothing again.
 */
public class UserAccounts {

    /** The resource kind a registration's user id is derived under ({@code Ids.resourceId}). */
    public static final String USER_RESOURCE = "user";
    /** Why a registration of a taken address is refused (by the email claim). */
    public static final String EMAIL_TAKEN = "EMAIL_TAKEN";

    private static final Logger log = LoggerFactory.getLogger(UserAccounts.class);
    /** Names the empty stream a request for an unknown address is decided on, so it is refused like any other. */
    private static final UUID UNKNOWN_ADDRESS = UUID.fromString("3f7d0c52-8a0e-4b8e-9a51-6c2d7e1f4a90");
    /** Names the seeded admin's registration command, so every start sends the same one. */
    private static final UUID ADMIN_SEED = UUID.fromString("b4a1e3c7-5d2f-4e8a-8c6b-1f0e9d7a2b53");

    private final CommandPipeline pipeline;
    private final CommandLog commands;
    private final Credentials credentials;
    private final PasswordEncoder passwords;
    private final ConfirmationTokens tokens;
    private final Clock clock;
    private final Duration confirmationTtl;
    private final String storefrontUrl;

    public UserAccounts(CommandPipeline pipeline, CommandLog commands, Credentials credentials,
                        PasswordEncoder passwords, ConfirmationTokens tokens, Clock clock,
                        Duration confirmationTtl, String storefrontUrl) {
        this.pipeline = pipeline;
        this.commands = commands;
        this.credentials = credentials;
        this.passwords = passwords;
        this.tokens = tokens;
        this.clock = clock;
        this.confirmationTtl = confirmationTtl;
        this.storefrontUrl = storefrontUrl.endsWith("/")
                ? storefrontUrl.substring(0, storefrontUrl.length() - 1) : storefrontUrl;
    }

    /**
     * Registers a person. A new address gets a confirmation link; a taken one gets no second account, and
     * its owner a notice instead. The caller learns neither: both are the same recorded command. The mails are
     * asked of Communication with commands stored in this command's transaction (the link is in no event).
     */
    public CommandOutcome register(UUID commandId, String email, String password, String firstName,
                                   String lastName) {
        Optional<CommandOutcome> repeat = commands.find(commandId);
        if (repeat.isPresent()) {
            return repeat.get();
        }
        UUID userId = Ids.resourceId(commandId, USER_RESOURCE);
        Instant now = clock.instant();
        ConfirmationTokens.Issued token = tokens.issue();
        Confirmation.Pending pending = new Confirmation.Pending(token.hash(), now.plus(confirmationTtl));
        String address = email.strip();
        CommandOutcome outcome = pipeline.handle(CommandEnvelope.of(commandId, null, new UserCommand.Register(
                userId, address, firstName.strip(), lastName.strip(), Roles.SHOPPER, passwords.encode(password),
                pending, now)), decided -> {
            if (decided.status() == CommandOutcome.Status.SUCCEEDED) {
                return List.of(confirmationMail(commandId, userId, address, token, pending, now));
            }
            if (EMAIL_TAKEN.equals(decided.reason())) {
                return credentials.byEmail(address).map(owner -> List.of(new OutgoingCommand(Ids.mailId(commandId),
                        new CommunicationCommand.SendRegistrationNotice(Ids.mailId(commandId), owner.userId(),
                                owner.email(), now)))).orElse(List.of());
            }
            return List.of();
        });
        log.debug("Registration {} for user {}: {} {}", commandId, userId, outcome.status(), reasonOf(outcome));
        return outcome;
    }

    /** Confirms the address of {@code userId} with the token from the mailed link. */
    public CommandOutcome confirmEmail(UUID commandId, UUID userId, String token) {
        String expected = credentials.byId(userId).map(Credential::confirmationTokenHash).orElse(null);
        return pipeline.handle(CommandEnvelope.of(commandId, null, new UserCommand.ConfirmEmail(userId,
                ConfirmationTokens.hash(token), expected, clock.instant())));
    }

    /**
     * Mails a new link to the owner of {@code email} if the address is still unconfirmed. An unknown address
     * is decided on an empty stream and refused like any other request, so the caller cannot tell.
     */
    public CommandOutcome requestConfirmation(UUID commandId, String email) {
        Optional<CommandOutcome> repeat = commands.find(commandId);
        if (repeat.isPresent()) {
            return repeat.get();
        }
        Optional<Credential> owner = credentials.byEmail(email);
        UUID userId = owner.map(Credential::userId)
                .orElseGet(() -> Uuids.v5(UNKNOWN_ADDRESS, Credentials.key(email)));
        Instant now = clock.instant();
        ConfirmationTokens.Issued token = tokens.issue();
        Confirmation.Pending pending = new Confirmation.Pending(token.hash(), now.plus(confirmationTtl));
        CommandOutcome outcome = pipeline.handle(CommandEnvelope.of(commandId, null,
                new UserCommand.RequestConfirmation(userId, pending, now)),
                decided -> decided.status() == CommandOutcome.Status.SUCCEEDED && owner.isPresent()
                        ? List.of(confirmationMail(commandId, userId, owner.get().email(), token, pending, now))
                        : List.of());
        log.debug("Confirmation request {} for user {}: {} {}", commandId, userId, outcome.status(),
                reasonOf(outcome));
        return outcome;
    }

    /**
     * Changes the password of {@code userId} (from the caller's token). The current password is checked here
     * against the stored hash; the decider gets the outcome.
     */
    public CommandOutcome changePassword(UUID commandId, UUID userId, String currentPassword, String newPassword) {
        boolean matched = credentials.byId(userId)
                .map(credential -> passwords.matches(currentPassword, credential.passwordHash()))
                .orElse(false);
        return pipeline.handle(CommandEnvelope.of(commandId, userId.toString(), new UserCommand.ChangePassword(
                userId, matched, passwords.encode(newPassword), clock.instant())));
    }

    /**
     * Makes sure the operator account {@code email} exists with roles CUSTOMER and ADMIN and a confirmed
     * address. The command id derives from the address, so a restart sends the same command, which the
     * pipeline answers from its record; an existing account is left as it is (its password included).
     */
    public CommandOutcome seedAdmin(String email, String password) {
        UUID commandId = Uuids.v5(ADMIN_SEED, Credentials.key(email));
        Optional<CommandOutcome> repeat = commands.find(commandId);
        if (repeat.isPresent()) {
            return repeat.get();
        }
        UUID userId = Ids.resourceId(commandId, USER_RESOURCE);
        CommandOutcome outcome = pipeline.handle(CommandEnvelope.of(commandId, "system:admin-seed",
                new UserCommand.Register(userId, email.strip(), "Admin", "EventualShop", Roles.OPERATOR,
                        passwords.encode(password), Confirmation.ALREADY_CONFIRMED, clock.instant())));
        if (outcome.status() != CommandOutcome.Status.SUCCEEDED) {
            log.warn("The admin account was not created: {} {}", outcome.status(), reasonOf(outcome));
        }
        return outcome;
    }

    /**
     * Asks Communication to mail the link for {@code token}. Only the attempt that commits stores its command, so
     * when the same request runs twice at once, the link mailed is the one whose hash is stored.
     */
    private OutgoingCommand confirmationMail(UUID commandId, UUID userId, String to, ConfirmationTokens.Issued token,
                                             Confirmation.Pending pending, Instant now) {
        String link = storefrontUrl + "/confirm-email?userId=" + userId + "&token=" + token.raw();
        UUID mailId = Ids.mailId(commandId);
        return new OutgoingCommand(mailId, new CommunicationCommand.SendEmailConfirmation(mailId, userId, to, link,
                pending.expiresAt(), now));
    }

    private static String reasonOf(CommandOutcome outcome) {
        return outcome.reason() == null ? "" : outcome.reason();
    }
}
