/**
 * Communication's use cases around the decider: the mails' texts, and the delivery loop that sends due mails
 * outside the consumer thread and reports each attempt back through the pipeline.
 */
package dev.eventualshop.communication.command.application;
