/** The Payment context's commands, as the order saga publishes them to {@code payment.commands}. */
package dev.eventualshop.payment.commands;
