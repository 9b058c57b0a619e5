/** The Account context's commands, as the gateway publishes them to {@code account.commands}. */
package dev.eventualshop.account.commands;
