/** API.md's order commands, published to {@code order.commands}. */
package dev.eventualshop.gateway.order;
