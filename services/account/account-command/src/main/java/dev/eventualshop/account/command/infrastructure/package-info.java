/** Account's wiring: the aggregate, its message types and the reaction to Identity's registrations. */
package dev.eventualshop.account.command.infrastructure;
