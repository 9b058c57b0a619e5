/** Account's command service: a customer's profile and addresses, one account per registered user. */
package dev.eventualshop.account.command;
