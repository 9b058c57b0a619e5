/** Reads of the items read model: the storefront's listing and search, and one item. */
package dev.eventualshop.catalog.query.application;
