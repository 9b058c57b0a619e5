package dev.eventualshop.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The browser journeys of {@code webapp/e2e}, run by {@code @playwright/test} on the machine's Chromium
 * against this run's launcher. A missing browser or npm install fails the test: CI installs both.
 */
@ExtendWith(RunningShop.class)
class BrowserJourneyIT {

    private static final Path WEBAPP = Path.of("..", "webapp").toAbsolutePath().normalize();

    /** Where the journeys' screenshots land: this module's target/, never the source tree. */
    private static final Path SCREENSHOTS = Path.of("target", "screenshots").toAbsolutePath();

    @Test
    void every_browser_journey_passes_against_the_running_shop(Launcher shop) throws Exception {
        Path chromium = Path.of(System.getenv().getOrDefault("CHROMIUM_PATH", "/usr/bin/chromium"));
        assertThat(chromium).as("Chromium (apt-get install -y chromium)").isExecutable();
        assertThat(WEBAPP.resolve("node_modules/@playwright/test")).as("npm ci in webapp").isDirectory();

        Path output = Files.createTempFile("playwright", ".log");
        List<String> command = new ArrayList<>(List.of("npx", "--no-install", "playwright", "test"));
        // -De2e.specs=admin.spec.ts (space-separated) runs only those specs while a page is being built.
        command.addAll(Arrays.stream(System.getProperty("e2e.specs", "").split("\\s+"))
                .filter(spec -> !spec.isBlank()).toList());
        ProcessBuilder playwright = new ProcessBuilder(command)
                .directory(WEBAPP.toFile())
                .redirectErrorStream(true)
                .redirectOutput(output.toFile());
        playwright.environment().putAll(Map.of(
                "SHOP_URL", shop.settings().shopUrl(),
                "CHROMIUM_PATH", chromium.toString(),
                "PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1",
                "ADMIN_EMAIL", shop.secrets().adminEmail(),
                "ADMIN_PASSWORD", shop.secrets().adminPassword(),
                "SCREENSHOT_DIR", SCREENSHOTS.toString(),
                "CI", "1"));
        Process process = playwright.start();
        boolean finished = process.waitFor(5, TimeUnit.MINUTES);
        if (!finished) {
            process.destroyForcibly();
        }
        String log = read(output);
        System.out.println(log);

        assertThat(finished).as("Playwright finished within 5 minutes").isTrue();
        assertThat(process.exitValue()).as("Playwright's exit code; its output:%n%s", log).isZero();
        assertThat(log).containsPattern("\\d+ passed");
    }

    private static String read(Path output) throws IOException {
        return Files.readString(output, StandardCharsets.UTF_8);
    }
}
