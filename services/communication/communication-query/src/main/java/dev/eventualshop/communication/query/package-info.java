/** Communication's query service: the notifications read model and {@code GET /api/v1/notifications}. */
package dev.eventualshop.communication.query;
