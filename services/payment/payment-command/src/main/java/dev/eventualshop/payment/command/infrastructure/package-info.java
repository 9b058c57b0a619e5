/** Payment's wiring: the payment aggregate, its acquirer calls table kept inline, the worker, the v1 mapping. */
package dev.eventualshop.payment.command.infrastructure;
