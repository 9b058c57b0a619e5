/**
 * The Communication context's message registry: command and domain event type names, and its stream type. A
 * notification is one mail to one user; its id is {@code Ids.mailId} of the request that asked for it, so a
 * redelivered request names the same notification and sends nothing twice.
 */
package dev.eventualshop.communication;
