/** Reads of the orders read model: a customer's own orders, one order for its customer or an ADMIN, orders by status. */
package dev.eventualshop.order.query.application;
