/** Identity's use cases: hashing secrets, reading stored credentials, running commands, mailing links. */
package dev.eventualshop.identity.command.application;
