/**
 * The Communication context's commands. Other contexts send the public ones to {@code communication.commands};
 * the {@link dev.eventualshop.contracts.InternalCommand internal} ones record what the mail sender and the
 * retry deadlines report, or ask for the order mails Communication's reactions to Order's events want, and only
 * communication-command sends them.
 */
package dev.eventualshop.communication.commands;
