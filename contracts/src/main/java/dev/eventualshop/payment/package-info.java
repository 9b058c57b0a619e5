/** The Payment context's contract: authorizations, captures, refunds and voids through the acquirer. */
package dev.eventualshop.payment;
