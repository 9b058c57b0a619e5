/** Identity's adapters and wiring: JDBC credentials, SMTP, internal HTTP, the Authorization Server. */
package dev.eventualshop.identity.command.infrastructure;
