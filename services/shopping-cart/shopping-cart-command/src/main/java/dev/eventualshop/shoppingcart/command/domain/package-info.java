/** The Cart decider: pure decisions over a shopping cart's own events. */
package dev.eventualshop.shoppingcart.command.domain;
