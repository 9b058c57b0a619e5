/** The credentials table: written inline by the pipeline, read by sign-in and the use cases. */
package dev.eventualshop.identity.command.infrastructure.persistence;
