package dev.eventualshop.contracts;

import java.util.Objects;
import java.util.UUID;

/**
 * The ids several parties must derive alike, so that doing something twice names the same thing twice: a
 * retried request is the same command, the order placed for a cart is the same order, a reaction replayed
 * after a crash sends the same command, a mail requested twice is the same mail.
 *
 * <p>Each derivation is a version 5 id in its own namespace. The namespaces and the way names are built
 * are part of the wire contract: ids already stored and sent were derived with them, so they must never
 * change. A name joins its parts with a line feed, in the order of the parameters; UUIDs are in their
 * lower-case canonical form. A text part may not be blank or contain a line feed, so no two inputs share a
 * name.
 */
public final class Ids {

    /** Namespace of {@link #commandId}. Never change it. */
    public static final UUID COMMAND_NAMESPACE = UUID.fromString("00960b55-ab78-4eee-8f9a-724f8877cd0c");
    /** Namespace of {@link #orderId}. Never change it. */
    public static final UUID ORDER_NAMESPACE = UUID.fromString("a0e073a4-3c80-406e-af24-061b02898c24");
    /** Namespace of {@link #reactionCommandId}. Never change it. */
    public static final UUID REACTION_COMMAND_NAMESPACE = UUID.fromString("61dd3c5c-2cd2-41ef-a155-c73df37af11c");
    /** Namespace of {@link #mailId}. Never change it. */
    public static final UUID MAIL_NAMESPACE = UUID.fromString("00fdf792-ac83-4e7c-91dc-0a6db2bc58d4");
    /** Namespace of {@link #resourceId}. Never change it. */
    public static final UUID RESOURCE_NAMESPACE = UUID.fromString("1dc1b050-1a84-498b-bdbf-d0284cf09f85");

    private Ids() {
    }

    /** The command a client sends under {@code idempotencyKey}: a retry is the same command, not a new one. */
    public static UUID commandId(String issuer, String idempotencyKey) {
        return derive(COMMAND_NAMESPACE, text(issuer, "issuer"), text(idempotencyKey, "idempotencyKey"));
    }

    /** The order placed for a checked-out cart: one cart can become one order only. */
    public static UUID orderId(UUID cartId) {
        return Uuids.v5(ORDER_NAMESPACE, id(cartId, "cartId"));
    }

    /** The command reaction {@code reactionName} sends for message {@code messageId}, however often it runs. */
    public static UUID reactionCommandId(UUID messageId, String reactionName) {
        return derive(REACTION_COMMAND_NAMESPACE, id(messageId, "messageId"), text(reactionName, "reactionName"));
    }

    /** The mail sent for the request {@code requestId}: a redelivered request does not send a second mail. */
    public static UUID mailId(UUID requestId) {
        return Uuids.v5(MAIL_NAMESPACE, id(requestId, "requestId"));
    }

    /** The resource of kind {@code resourceKind} that the command {@code commandId} creates, retries included. */
    public static UUID resourceId(UUID commandId, String resourceKind) {
        return derive(RESOURCE_NAMESPACE, id(commandId, "commandId"), text(resourceKind, "resourceKind"));
    }

    private static UUID derive(UUID namespace, String first, String second) {
        return Uuids.v5(namespace, first + '\n' + second);
    }

    private static String id(UUID value, String what) {
        return Objects.requireNonNull(value, what).toString();
    }

    private static String text(String value, String what) {
        Objects.requireNonNull(value, what);
        if (value.isBlank() || value.indexOf('\n') >= 0) {
            throw new IllegalArgumentException(what + " may not be blank or contain a line feed");
        }
        return value;
    }
}
