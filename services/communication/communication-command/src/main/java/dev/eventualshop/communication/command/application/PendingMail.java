package dev.eventualshop.communication.command.application;

import java.util.UUID;

/** A mail whose attempt {@code attempt} is due, with its text: all the sender needs. */
public record PendingMail(UUID notificationId, int attempt, String to, String subject, String body) {

    @Override
    public String toString() {
        return "PendingMail[notificationId=" + notificationId + ", attempt=" + attempt + "]";
    }
}
