package dev.eventualshop.eventstore.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class WorkPollerTest {

    @Test
    void it_claims_no_more_than_its_free_places_and_works_off_the_callers_thread() throws InterruptedException {
        CountDownLatch release = new CountDownLatch(1);
        Set<String> threads = ConcurrentHashMap.newKeySet();
        List<Integer> asked = new CopyOnWriteArrayList<>();
        WorkPoller<Integer> poller = new WorkPoller<>("test-worker", Duration.ofHours(1), 2,
                limit -> {
                    asked.add(limit);
                    return IntStream.range(0, limit).boxed().toList();
                },
                item -> {
                    threads.add(Thread.currentThread().getName());
                    try {
                        release.await();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                });
        poller.start();
        try {
            assertThat(poller.runDue()).isEqualTo(2);
            assertThat(poller.runDue()).isZero();
            assertThat(asked).containsExactly(2);
            release.countDown();
            await().atMost(Duration.ofSeconds(5)).until(() -> poller.runDue() == 2);
            assertThat(threads).allMatch(name -> name.startsWith("test-worker-"))
                    .doesNotContain(Thread.currentThread().getName());
        } finally {
            poller.stop();
        }
        assertThat(poller.isRunning()).isFalse();
    }
}
