/** Account's query service: the accounts read model and {@code GET /api/v1/account}. */
package dev.eventualshop.account.query;
