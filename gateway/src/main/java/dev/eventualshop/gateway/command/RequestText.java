package dev.eventualshop.gateway.command;

/** Rules for the text fields of request bodies, shared by the request records of every route. */
public final class RequestText {

    /** Printable text only: no control characters (a null byte, a line break) in names and addresses. */
    public static final String PRINTABLE = "^[^\\p{Cntrl}]*$";

    private RequestText() {
    }
}
