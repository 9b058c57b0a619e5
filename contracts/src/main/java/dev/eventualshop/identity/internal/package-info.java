/** Identity's domain events: read only by identity-command and identity-query (an ArchUnit rule keeps it so). */
package dev.eventualshop.identity.internal;
