package dev.eventualshop.communication.command.application;

import java.util.Optional;
import java.util.UUID;

/** The addresses Communication may mail a customer at: the ones Identity confirmed, kept from its events. */
public interface Recipients {

    /** The confirmed address of user {@code userId}, if Identity confirmed one. */
    Optional<String> confirmedEmail(UUID userId);
}
