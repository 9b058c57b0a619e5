/** {@code GET /api/v1/account} behind the web building block's token validation and problem details. */
package dev.eventualshop.account.query.infrastructure.web;
