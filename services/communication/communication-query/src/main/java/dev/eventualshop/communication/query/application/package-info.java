/** Reads of the notifications read model on behalf of the signed-in user. */
package dev.eventualshop.communication.query.application;
