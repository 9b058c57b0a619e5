/** Communication's wiring: the notification aggregate, its deadlines and inline table, the mail sender. */
package dev.eventualshop.communication.command.infrastructure;
