package dev.eventualshop.identity.command.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.eventualshop.identity.command.CapturedLog;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class MailDispatcherTest {

    private static final Mail MAIL = new Mail(UUID.randomUUID(), "ada@example.com", "Hello", "the secret link");

    @Test
    void dispatching_returns_before_the_mail_is_sent() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        List<Mail> sent = new CopyOnWriteArrayList<>();
        try (MailDispatcher dispatcher = new MailDispatcher(mail -> {
            waitFor(release);
            sent.add(mail);
        }, Executors.newVirtualThreadPerTaskExecutor(), 1, Duration.ofMillis(1))) {
            dispatcher.dispatch(MAIL);
            assertThat(sent).isEmpty();
            release.countDown();
            await().atMost(Duration.ofSeconds(5)).until(() -> sent.size() == 1);
        }
    }

    @Test
    void a_failing_mail_is_retried_until_it_goes_out() {
        AtomicInteger calls = new AtomicInteger();
        try (MailDispatcher dispatcher = new MailDispatcher(mail -> {
            if (calls.incrementAndGet() < 3) {
                throw new IllegalStateException("SMTP is down");
            }
        }, Executors.newVirtualThreadPerTaskExecutor(), 4, Duration.ofMillis(5))) {
            dispatcher.dispatch(MAIL);
            await().atMost(Duration.ofSeconds(5)).until(() -> calls.get() == 3);
        }
    }

    @Test
    void a_mail_is_given_up_after_its_attempts_and_logged_without_its_text() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        try (MailDispatcher dispatcher = new MailDispatcher(mail -> {
            calls.incrementAndGet();
            throw new IllegalStateException("SMTP refused: " + mail.text());
        }, Executors.newVirtualThreadPerTaskExecutor(), 3, Duration.ofMillis(5))) {
            dispatcher.dispatch(MAIL);
            await().atMost(Duration.ofSeconds(5)).until(() -> CapturedLog.lines().stream()
                    .anyMatch(line -> line.contains("Giving up on mail " + MAIL.mailId())));
            Thread.sleep(100);
            assertThat(calls).hasValue(3);
        }
        assertThat(CapturedLog.lines()).anyMatch(line -> line.contains(MAIL.mailId().toString()))
                .noneMatch(line -> line.contains("the secret link"));
    }

    @Test
    void a_mail_prints_without_its_text() {
        assertThat(MAIL.toString()).doesNotContain("the secret link", "ada@example.com");
    }

    private static void waitFor(CountDownLatch latch) {
        try {
            latch.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
