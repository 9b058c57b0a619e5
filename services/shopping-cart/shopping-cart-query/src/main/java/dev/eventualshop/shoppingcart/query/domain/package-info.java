/** The carts read model and the price table it is priced from, folded from events, framework-free. */
package dev.eventualshop.shoppingcart.query.domain;
