package dev.eventualshop.embedded;

/** The one port rule every stand-in shares: a TCP port, or 0 for "pick a free one". */
final class Ports {

    /** Every stand-in listens on loopback only: guest/guest must never be reachable from the network. */
    static final String LOOPBACK = "127.0.0.1";

    private Ports() {
    }

    static void requireValid(int port, String name) {
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException(name + " must be 0 (any free port) or 1..65535, was " + port);
        }
    }
}
