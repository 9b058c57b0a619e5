package dev.eventualshop.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Local mode comes up whole and fast enough; the targets themselves are measured in docs/benchmarks.md. */
@ExtendWith(RunningShop.class)
class LauncherIT {

    @Test
    void the_shop_starts_within_the_sanity_bound(Launcher shop) {
        assertThat(shop.startedIn()).isLessThan(Duration.ofSeconds(180));
    }

    @Test
    void the_embedded_infrastructure_listens_where_the_services_are_told_it_does(Launcher shop) throws IOException {
        var infra = shop.infrastructure();
        for (int port : new int[] {infra.broker().port(), infra.mongo().port(), infra.smtp().port()}) {
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress("127.0.0.1", port), 2_000);
                assertThat(socket.isConnected()).as("port %d", port).isTrue();
            }
        }
        assertThat(infra.broker().port()).isEqualTo(shop.settings().infrastructure().broker().port());
    }

    @Test
    void the_banner_shows_the_url_and_the_admin_password_on_first_start_only(Launcher shop) {
        String banner = shop.banner();

        assertThat(banner).contains(shop.settings().shopUrl(), shop.secrets().adminEmail());
        assertThat(banner.contains(shop.secrets().adminPassword())).isEqualTo(shop.secrets().firstStart());
    }
}
