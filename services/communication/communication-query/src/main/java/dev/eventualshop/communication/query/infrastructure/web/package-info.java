/** {@code GET /api/v1/notifications} and the bearer-token security around it. */
package dev.eventualshop.communication.query.infrastructure.web;
