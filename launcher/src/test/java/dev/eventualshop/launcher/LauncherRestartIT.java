package dev.eventualshop.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Local mode keeps its data: what a person did before a restart is there after it, with the same secrets. */
class LauncherRestartIT {

    @TempDir
    Path dataDir;

    @Test
    void a_confirmed_user_and_the_generated_secrets_survive_a_restart() {
        LauncherSettings settings = LauncherSettings.ephemeral(dataDir);
        String email = ShopClient.uniqueEmail("returning");
        String password = "a password to remember";
        String adminPassword;
        String userId;
        try (Launcher first = Launcher.start(settings)) {
            assertThat(first.secrets().firstStart()).isTrue();
            adminPassword = first.secrets().adminPassword();
            ShopClient api = new ShopClient(settings.shopUrl());
            assertThat(api.register(email, password, "Returning").statusCode()).isEqualTo(202);
            Map<String, String> link = IdentityJourneyIT.confirmationLink(api, email, 1);
            userId = link.get("userId");
            assertThat(api.confirm(userId, link.get("token")).statusCode()).isEqualTo(202);
            String token = IdentityJourneyIT.identity(first).signInWithPkce(email, password)
                    .get("access_token").asString();
            await().atMost(Duration.ofSeconds(30)).until(() -> ShopClient.json(api.me(token).body())
                    .path("emailConfirmed").asBoolean());
        }

        try (Launcher second = Launcher.start(settings)) {
            assertThat(second.secrets().firstStart()).isFalse();
            assertThat(second.secrets().adminPassword()).isEqualTo(adminPassword);
            assertThat(second.banner()).doesNotContain(adminPassword);
            String token = IdentityJourneyIT.identity(second).signInWithPkce(email, password)
                    .get("access_token").asString();
            var me = ShopClient.json(new ShopClient(settings.shopUrl()).me(token).body());
            assertThat(me.path("userId").asString()).isEqualTo(userId);
            assertThat(me.path("emailConfirmed").asBoolean()).isTrue();
            assertThat(IdentityJourneyIT.identity(second).signInWithPkce(second.secrets().adminEmail(), adminPassword)
                    .path("access_token").asString()).as("the admin was not seeded anew").isNotBlank();
        }
    }
}
