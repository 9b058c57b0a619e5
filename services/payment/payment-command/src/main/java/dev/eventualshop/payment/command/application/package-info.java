/**
 * Payment's use cases around the decider: the {@link dev.eventualshop.payment.command.application.Acquirer} port and
 * the worker that calls it outside the consumer threads and reports its answers back through the pipeline.
 */
package dev.eventualshop.payment.command.application;
