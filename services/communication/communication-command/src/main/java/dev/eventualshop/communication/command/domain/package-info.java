/** The notification decider: pure decisions over a mail's own events (requested, sent, failed, retried, given up). */
package dev.eventualshop.communication.command.domain;
