/** The Order context's commands. */
package dev.eventualshop.order.commands;
