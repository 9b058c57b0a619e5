/** Catalog's command service: the items shoppers can buy, their prices and whether they are on sale. */
package dev.eventualshop.catalog.command;
