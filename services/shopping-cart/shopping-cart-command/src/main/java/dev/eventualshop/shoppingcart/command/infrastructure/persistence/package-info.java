/** The price list table: written from Catalog's integration events, read to price added items. */
package dev.eventualshop.shoppingcart.command.infrastructure.persistence;
