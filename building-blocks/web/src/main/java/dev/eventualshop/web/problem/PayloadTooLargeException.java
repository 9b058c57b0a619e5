package dev.eventualshop.web.problem;

import java.io.IOException;

/** A request body grew past the configured limit while it was read. */
public class PayloadTooLargeException extends IOException {

    public PayloadTooLargeException(long limit) {
        super("request body exceeds " + limit + " bytes");
    }
}
