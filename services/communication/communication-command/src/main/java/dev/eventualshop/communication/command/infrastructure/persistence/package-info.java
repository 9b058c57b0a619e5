/** The pending mails table: kept inline by the pipeline, read and claimed by the sender. */
package dev.eventualshop.communication.command.infrastructure.persistence;
