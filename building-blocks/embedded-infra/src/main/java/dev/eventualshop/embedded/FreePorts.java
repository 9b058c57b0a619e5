package dev.eventualshop.embedded;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Free loopback ports for servers that must be named before they start (a service's issuer URL, the
 * launcher's service map). They are taken from below Linux's ephemeral range (32768 and up), not with
 * {@code new ServerSocket(0)}: the kernel hands out ephemeral ports to every outgoing connection too, and in
 * the tens of seconds a launcher takes to start its services, a connection to the broker or a database took
 * a port chosen that way before its server bound it ("Failed to start bean 'webServerStartStop'" in CI).
 */
public final class FreePorts {

    private static final int LOWEST = 20_000;
    private static final int HIGHEST = 32_000;

    private FreePorts() {
    }

    /** One free port. */
    public static int one() {
        return distinct(1)[0];
    }

    /** {@code count} different free ports. */
    public static int[] distinct(int count) {
        Set<Integer> chosen = new LinkedHashSet<>();
        for (int attempt = 0; chosen.size() < count && attempt < 200 * count; attempt++) {
            int port = ThreadLocalRandom.current().nextInt(LOWEST, HIGHEST);
            if (!chosen.contains(port) && bindable(port)) {
                chosen.add(port);
            }
        }
        if (chosen.size() < count) {
            throw new IllegalStateException("fewer than " + count + " free ports between " + LOWEST + " and " + HIGHEST);
        }
        return chosen.stream().mapToInt(Integer::intValue).toArray();
    }

    private static boolean bindable(int port) {
        try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getByName(Ports.LOOPBACK))) {
            return true;
        } catch (IOException taken) {
            return false;
        }
    }
}
