/** Public pages and documents: the home page, the sign-in configuration, the API docs, the dev mailbox. */
package dev.eventualshop.gateway.site;
