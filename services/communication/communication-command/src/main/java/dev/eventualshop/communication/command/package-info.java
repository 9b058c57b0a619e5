/**
 * Communication's command service: one notification aggregate per mail another context asks for, the mail's text
 * kept only until it is sent, SMTP outside the consumer thread, failures retried by deadline.
 */
package dev.eventualshop.communication.command;
