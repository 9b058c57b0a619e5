package dev.eventualshop.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class FreePortsTest {

    @Test
    void ports_are_different_bindable_and_below_the_ephemeral_range() throws IOException {
        int[] ports = FreePorts.distinct(16);

        assertThat(Arrays.stream(ports).distinct().count()).isEqualTo(16);
        for (int port : ports) {
            assertThat(port).isBetween(20_000, 32_000);
            try (ServerSocket server = new ServerSocket(port, 1, InetAddress.getByName("127.0.0.1"))) {
                assertThat(server.getLocalPort()).isEqualTo(port);
            }
        }
    }
}
