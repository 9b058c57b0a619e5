/** An ADMIN's reads of the payments read model: by order, by status. */
package dev.eventualshop.payment.query.application;
