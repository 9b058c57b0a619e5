/** The acquirers Payment can call: a simulated one for local mode and tests. */
package dev.eventualshop.payment.command.infrastructure.acquirer;
