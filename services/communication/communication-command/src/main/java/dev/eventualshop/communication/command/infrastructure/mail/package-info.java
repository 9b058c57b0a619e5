/** Mail through Spring's {@code JavaMailSender} (SMTP). */
package dev.eventualshop.communication.command.infrastructure.mail;
