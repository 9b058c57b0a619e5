/**
 * Payment's command service: one payment aggregate per order's payment, the acquirer called outside the consumer
 * threads with a timeout and an idempotency key, its answers recorded as commands.
 */
package dev.eventualshop.payment.command;
