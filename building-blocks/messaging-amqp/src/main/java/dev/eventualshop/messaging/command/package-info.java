/** Messages that become commands: commands sent to a context, and reactions to other contexts' events. */
package dev.eventualshop.messaging.command;
