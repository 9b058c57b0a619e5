/** The payments read model, folded from Payment's domain events, framework-free. */
package dev.eventualshop.payment.query.domain;
