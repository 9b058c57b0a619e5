/** Account's commands (profile, addresses): validated, stamped with the caller and published to {@code account.commands}. */
package dev.eventualshop.gateway.account;
