/** Identity's command service: who may sign in, and the Authorization Server that says so to everyone else. */
package dev.eventualshop.identity.command;
