package dev.eventualshop.payment.command.domain;

import java.util.regex.Pattern;

/**
 * The shapes of what the acquirer answers. Its answers are untrusted input (OWASP API10): a reference or a reason
 * of another shape is neither recorded nor published.
 */
public final class AcquirerText {

    /** An acquirer's reference, such as {@code sim_<uuid>}. */
    public static final Pattern REFERENCE = Pattern.compile("^[A-Za-z0-9_-]{1,64}$");
    /** A decline reason code, such as {@code card_declined}. */
    public static final Pattern REASON = Pattern.compile("^[a-z][a-z0-9_]{0,63}$");

    private AcquirerText() {
    }

    public static boolean isReference(String text) {
        return text != null && REFERENCE.matcher(text).matches();
    }

    public static boolean isReason(String text) {
        return text != null && REASON.matcher(text).matches();
    }
}
