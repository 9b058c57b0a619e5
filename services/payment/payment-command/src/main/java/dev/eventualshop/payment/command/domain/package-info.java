/** The payment decider: pure decisions over a payment's own events (requested, authorized, captured, refunded, voided). */
package dev.eventualshop.payment.command.domain;
