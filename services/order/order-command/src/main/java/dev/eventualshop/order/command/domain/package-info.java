/** The Order decider: pure decisions over the order's own events. */
package dev.eventualshop.order.command.domain;
