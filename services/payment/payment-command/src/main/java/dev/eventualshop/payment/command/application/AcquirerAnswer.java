package dev.eventualshop.payment.command.application;

/** What the acquirer answered: done, with its reference, or refused, with its reason code. Untrusted input. */
public sealed interface AcquirerAnswer {

    record Approved(String reference) implements AcquirerAnswer {
    }

    record Declined(String reason) implements AcquirerAnswer {
    }
}
