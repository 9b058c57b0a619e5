/** The queues communication-command reads besides its commands: Identity's confirmed addresses. */
package dev.eventualshop.communication.command.infrastructure.messaging;
