package dev.eventualshop.identity.command;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A free port for the service under test, chosen before it starts because the issuer URL names it. It is
 * taken from below the kernel's ephemeral range (32768 and up on Linux), where outgoing connections of
 * everything else on the machine pick their local ports, so the port is unlikely to be taken in the seconds
 * before the server binds it.
 */
final class TestPorts {

    private TestPorts() {
    }

    static int free() {
        for (int attempt = 0; attempt < 200; attempt++) {
            int port = ThreadLocalRandom.current().nextInt(20_000, 32_000);
            try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
                socket.setReuseAddress(true);
                return port;
            } catch (IOException taken) {
                // try another
            }
        }
        throw new IllegalStateException("no free port between 20000 and 32000");
    }
}
