/** Reads of the stock read model on behalf of an ADMIN. */
package dev.eventualshop.warehouse.query.application;
