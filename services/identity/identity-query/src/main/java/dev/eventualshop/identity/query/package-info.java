/** Identity's query service: what a signed-in user reads about their own account. */
package dev.eventualshop.identity.query;
