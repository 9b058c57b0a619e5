/** The HTTP API of identity-query: {@code GET /api/v1/me} behind bearer-token validation, errors as problem details. */
package dev.eventualshop.identity.query.infrastructure.web;
