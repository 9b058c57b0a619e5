/** Order's command service: the order, process manager of the checkout saga, placed from a checked-out cart. */
package dev.eventualshop.order.command;
