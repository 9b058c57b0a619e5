/** The acquirer calls table: kept inline by the pipeline, claimed and settled by the acquirer worker. */
package dev.eventualshop.payment.command.infrastructure.persistence;
