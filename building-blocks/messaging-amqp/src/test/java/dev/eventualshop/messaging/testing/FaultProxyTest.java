package dev.eventualshop.messaging.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class FaultProxyTest {

    private ServerSocket echo;
    private FaultProxy proxy;

    @BeforeEach
    void startEcho() throws IOException {
        echo = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread.ofVirtual().start(() -> {
            while (!echo.isClosed()) {
                try {
                    Socket client = echo.accept();
                    Thread.ofVirtual().start(() -> {
                        try (client; InputStream in = client.getInputStream(); OutputStream out = client.getOutputStream()) {
                            in.transferTo(out);
                        } catch (IOException ignored) {
                            // the client went away
                        }
                    });
                } catch (IOException closed) {
                    return;
                }
            }
        });
        proxy = FaultProxy.to("127.0.0.1", echo.getLocalPort());
    }

    @AfterEach
    void stop() throws IOException {
        proxy.close();
        echo.close();
    }

    @Test
    void bytes_pass_through_until_the_link_is_cut_and_again_once_restored() throws IOException {
        try (Socket socket = connect()) {
            assertThat(roundTrip(socket, "hello")).isEqualTo("hello");
            proxy.cut();
            assertThatThrownBy(() -> roundTrip(socket, "lost")).isInstanceOf(IOException.class);
        }
        proxy.restore();
        try (Socket socket = connect()) {
            assertThat(roundTrip(socket, "again")).isEqualTo("again");
        }
    }

    @Test
    void a_blackholed_link_stays_open_but_answers_nothing() throws IOException {
        try (Socket socket = connect()) {
            proxy.blackhole();
            socket.setSoTimeout(500);
            assertThatThrownBy(() -> roundTrip(socket, "void")).isInstanceOf(SocketTimeoutException.class);
        }
    }

    @Test
    void a_delayed_link_answers_late() throws IOException {
        proxy.delay(Duration.ofMillis(300));
        try (Socket socket = connect()) {
            long start = System.nanoTime();
            assertThat(roundTrip(socket, "slow")).isEqualTo("slow");
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(300));
        }
    }

    private Socket connect() throws IOException {
        Socket socket = new Socket(InetAddress.getLoopbackAddress(), proxy.port());
        socket.setSoTimeout(5_000);
        return socket;
    }

    private static String roundTrip(Socket socket, String text) throws IOException {
        socket.getOutputStream().write(text.getBytes());
        socket.getOutputStream().flush();
        byte[] answer = new byte[text.length()];
        new DataInputStream(socket.getInputStream()).readFully(answer);
        return new String(answer);
    }
}
