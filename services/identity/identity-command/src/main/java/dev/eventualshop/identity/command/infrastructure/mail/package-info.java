/** The Mailer adapter: Spring Mail to SMTP. */
package dev.eventualshop.identity.command.infrastructure.mail;
