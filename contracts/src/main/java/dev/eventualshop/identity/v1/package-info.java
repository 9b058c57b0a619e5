/** Identity's integration events (version 1 of its public contract). */
package dev.eventualshop.identity.v1;
