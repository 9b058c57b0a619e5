/** The orders read model, folded from Order's domain events, framework-free. */
package dev.eventualshop.order.query.domain;
