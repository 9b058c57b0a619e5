/** Reads of the accounts read model on behalf of the signed-in user. */
package dev.eventualshop.account.query.application;
