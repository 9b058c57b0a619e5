/** Public pages and documents: the storefront (the confirmation link's page included), the sign-in configuration, API docs. */
package dev.eventualshop.gateway.site;
