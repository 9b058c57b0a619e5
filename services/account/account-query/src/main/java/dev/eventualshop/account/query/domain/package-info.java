/** The accounts read model: one view per account, folded from the account's domain events. */
package dev.eventualshop.account.query.domain;
