/** Public pages and documents: the storefront, the confirmation page, the sign-in configuration, API docs. */
package dev.eventualshop.gateway.site;
