/** Commands: stamped, published with confirms, acknowledged; and their status, fed by outcomes. */
package dev.eventualshop.gateway.command;
