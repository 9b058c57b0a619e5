package dev.eventualshop.payment.command.application;

/** What Payment asks of the acquirer for a payment; each is asked at most once in effect per payment. */
public enum AcquirerOperation {
    AUTHORIZE, CAPTURE, REFUND, VOID
}
