/** What the query API asks of the read model, with the owner check every read goes through. */
package dev.eventualshop.identity.query.application;
