/** Shopping Cart's use of its price list: pricing the items customers add. */
package dev.eventualshop.shoppingcart.command.application;
