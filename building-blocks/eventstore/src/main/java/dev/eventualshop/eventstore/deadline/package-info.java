/** Durable timers: commands to send at a due time, written in the append transaction that scheduled them. */
package dev.eventualshop.eventstore.deadline;
