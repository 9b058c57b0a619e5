package dev.eventualshop.giftcard.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.eventualshop.eventstore.CommandEnvelope;
import dev.eventualshop.eventstore.EventStore;
import dev.eventualshop.eventstore.StreamAppend;
import dev.eventualshop.eventstore.StreamRef;
import dev.eventualshop.eventstore.pipeline.Aggregate;
import dev.eventualshop.eventstore.pipeline.AggregateLoader;
import dev.eventualshop.eventstore.pipeline.CommandOutcome;
import dev.eventualshop.eventstore.pipeline.CommandPipeline;
import dev.eventualshop.eventstore.pipeline.DeadlinePoller;
import dev.eventualshop.eventstore.pipeline.LoadedStream;
import dev.eventualshop.eventstore.pipeline.StreamRange;
import dev.eventualshop.eventstore.testing.MutableClock;
import dev.eventualshop.giftcard.command.domain.GiftCard;
import dev.eventualshop.giftcard.commands.GiftCardCommand;
import dev.eventualshop.giftcard.internal.GiftCardEvent;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.LongStream;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The pipeline's guarantees, proved on a real database through the example gift-card context, the way a
 * command service's integration tests drive it. Each
 * database vendor runs this contract in a subclass that points the datasource at it.
 */
@SpringBootTest(classes = {GiftCardConfiguration.class, PipelineContract.TestClock.class},
        properties = {"spring.flyway.locations=classpath:db/eventstore/{vendor}",
                "eventualshop.eventstore.deadlines.enabled=false",
                "spring.datasource.hikari.maximum-pool-size=20",
                "spring.main.banner-mode=off"})
abstract class PipelineContract {

    static final Instant START = Instant.parse("2026-11-25T10:00:00Z");

    @TestConfiguration(proxyBeanMethods = false)
    static class TestClock {
        @Bean
        MutableClock clock() {
            return new MutableClock(START);
        }
    }

    @Autowired
    CommandPipeline pipeline;
    @Autowired
    AggregateLoader loader;
    @Autowired
    Aggregate<GiftCardCommand, GiftCard, GiftCardEvent> giftCards;
    @Autowired
    EventStore events;
    @Autowired
    DeadlinePoller deadlines;
    @Autowired
    MutableClock clock;
    @Autowired
    DataSource dataSource;
    @Autowired
    PlatformTransactionManager transactionManager;

    JdbcTemplate jdbc;

    @BeforeEach
    void setUp() {
        jdbc = new JdbcTemplate(dataSource);
        clock.set(START);
    }

    @Test
    void sixteen_concurrent_writers_on_one_stream_leave_versions_without_gap_and_every_command_answered()
            throws Exception {
        UUID card = issue(1_000);

        List<CommandOutcome> outcomes = concurrently(16, i -> send(new GiftCardCommand.Redeem(card, 1)));

        long applied = outcomes.stream().filter(o -> o.status() == CommandOutcome.Status.SUCCEEDED).count();
        long conflicts = outcomes.stream().filter(o -> CommandPipeline.CONFLICT.equals(o.reason())).count();
        assertThat(applied + conflicts).isEqualTo(16);
        assertThat(applied).isPositive();
        assertThat(versions(card)).containsExactlyElementsOf(LongStream.rangeClosed(1, 1 + applied).boxed().toList());
        assertThat(outcomes.stream().filter(o -> o.status() == CommandOutcome.Status.SUCCEEDED)
                .map(o -> o.aggregateVersion().orElseThrow()).distinct().count()).isEqualTo(applied);
        assertThat(balance(card)).isEqualTo(1_000 - applied);
        assertThat(commandRows(outcomes)).isEqualTo(16);
    }

    @Test
    void the_same_command_id_sent_twice_in_sequence_has_one_effect_and_the_same_outcome() {
        UUID card = issue(100);
        CommandEnvelope<GiftCardCommand> redeem = CommandEnvelope.of(UUID.randomUUID(), "tester",
                new GiftCardCommand.Redeem(card, 30));

        CommandOutcome first = pipeline.handle(redeem);
        CommandOutcome second = pipeline.handle(redeem);

        assertThat(second).isEqualTo(first);
        assertThat(first.status()).isEqualTo(CommandOutcome.Status.SUCCEEDED);
        assertThat(versions(card)).containsExactly(1L, 2L);
        assertThat(balance(card)).isEqualTo(70);
    }

    @Test
    void the_same_command_id_sent_concurrently_has_one_effect_and_the_same_outcome() throws Exception {
        UUID card = issue(100);
        CommandEnvelope<GiftCardCommand> redeem = CommandEnvelope.of(UUID.randomUUID(), "tester",
                new GiftCardCommand.Redeem(card, 30));

        List<CommandOutcome> outcomes = concurrently(8, i -> pipeline.handle(redeem));

        assertThat(outcomes).allSatisfy(outcome -> assertThat(outcome).isEqualTo(outcomes.getFirst()));
        assertThat(outcomes.getFirst().status()).isEqualTo(CommandOutcome.Status.SUCCEEDED);
        assertThat(versions(card)).containsExactly(1L, 2L);
        assertThat(balance(card)).isEqualTo(70);
    }

    @Test
    void a_rejection_is_recorded_and_repeated_like_a_success_and_stores_no_event() {
        UUID unknown = UUID.randomUUID();
        CommandEnvelope<GiftCardCommand> redeem = CommandEnvelope.of(UUID.randomUUID(), "tester",
                new GiftCardCommand.Redeem(unknown, 5));

        CommandOutcome outcome = pipeline.handle(redeem);

        assertThat(outcome.status()).isEqualTo(CommandOutcome.Status.REJECTED);
        assertThat(outcome.reason()).isEqualTo("NOT_FOUND");
        assertThat(pipeline.handle(redeem)).isEqualTo(outcome);
        assertThat(versions(unknown)).isEmpty();
        assertThat(jdbc.queryForObject("select outcome from commands where command_id = ?", String.class,
                redeem.commandId())).isEqualTo("REJECTED");
    }

    @Test
    void snapshot_and_tail_equal_a_full_replay_at_every_version_around_the_snapshot_interval() {
        UUID card = issue(1_000);
        int every = GiftCardConfiguration.SNAPSHOT_EVERY;
        for (int version = 2; version <= 3 * every + 2; version++) {
            send(new GiftCardCommand.Redeem(card, version));
            LoadedStream<GiftCard> loaded = loader.load(giftCards, stream(card));
            assertThat(loaded).as("at version %d", version).isEqualTo(loader.replay(giftCards, stream(card)));
            assertThat(loaded.version()).isEqualTo(version);
        }
        assertThat(jdbc.queryForObject("select version from snapshots where stream_id = ?", Long.class,
                card.toString())).isEqualTo(3L * every);
    }

    @Test
    void a_valid_snapshot_is_used_but_one_of_another_state_revision_or_unreadable_is_ignored() {
        UUID card = issue(1_000);
        for (int version = 2; version <= GiftCardConfiguration.SNAPSHOT_EVERY; version++) {
            send(new GiftCardCommand.Redeem(card, 1));
        }
        LoadedStream<GiftCard> replayed = loader.replay(giftCards, stream(card));
        String stored = jdbc.queryForObject("select state from snapshots where stream_id = ?", String.class,
                card.toString());
        String tampered = stored.replace("\"balance\":996", "\"balance\":1");
        assertThat(tampered).isNotEqualTo(stored);

        updateSnapshot(card, tampered, GiftCardConfiguration.STATE_REVISION);
        assertThat(balanceOf(loader.load(giftCards, stream(card)))).as("the snapshot is read").isEqualTo(1);

        updateSnapshot(card, tampered, GiftCardConfiguration.STATE_REVISION + 1);
        assertThat(loader.load(giftCards, stream(card))).as("another state revision").isEqualTo(replayed);

        updateSnapshot(card, "{\"type\":\"Active\",\"state\":{\"balance\":", GiftCardConfiguration.STATE_REVISION);
        assertThat(loader.load(giftCards, stream(card))).as("a corrupt payload").isEqualTo(replayed);

        updateSnapshot(card, "{\"type\":\"Vanished\",\"state\":{}}", GiftCardConfiguration.STATE_REVISION);
        assertThat(loader.load(giftCards, stream(card))).as("an unknown state type").isEqualTo(replayed);
    }

    @Test
    void an_event_stored_at_an_old_revision_loads_through_its_upcaster() {
        UUID card = UUID.randomUUID();
        jdbc.update("""
                insert into events (stream_type, stream_id, version, event_type, revision, payload, event_id,
                                    command_id, correlation_id, occurred_at)
                values (?, ?, 1, 'giftcard.Issued', 1, ?, ?, ?, ?, ?)""",
                GiftCardConfiguration.STREAM_TYPE, card.toString(),
                "{\"cardId\":\"%s\",\"code\":\"OLD-%s\",\"value\":500,\"expiresAt\":\"2030-01-01T00:00:00Z\"}"
                        .formatted(card, card),
                UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), java.sql.Timestamp.from(START));

        assertThat(loader.load(giftCards, stream(card)).state())
                .isEqualTo(new GiftCard.Active("OLD-" + card, 500, Instant.parse("2030-01-01T00:00:00Z")));
        assertThat(send(new GiftCardCommand.Redeem(card, 400)).status()).isEqualTo(CommandOutcome.Status.SUCCEEDED);
        assertThat(balance(card)).isEqualTo(100);
    }

    @Test
    void a_claim_taken_twice_concurrently_is_won_by_one_and_the_other_is_rejected() throws Exception {
        for (int round = 0; round < 5; round++) {
            String code = "CODE-" + UUID.randomUUID();
            List<UUID> cards = List.of(UUID.randomUUID(), UUID.randomUUID());

            List<CommandOutcome> outcomes = concurrently(2, i -> send(new GiftCardCommand.Issue(cards.get(i), code, 10,
                    START.plus(Duration.ofDays(30)))));

            assertThat(outcomes).extracting(CommandOutcome::status).containsExactlyInAnyOrder(
                    CommandOutcome.Status.SUCCEEDED, CommandOutcome.Status.REJECTED);
            assertThat(outcomes).extracting(CommandOutcome::reason).containsOnlyOnce("CODE_TAKEN");
            assertThat(versions(cards.get(0)).size() + versions(cards.get(1)).size()).isEqualTo(1);
        }
    }

    @Test
    void a_released_claim_can_be_taken_by_another_stream() {
        String code = "CODE-" + UUID.randomUUID();
        UUID first = UUID.randomUUID();
        send(new GiftCardCommand.Issue(first, code, 10, START.plus(Duration.ofDays(30))));
        assertThat(send(new GiftCardCommand.Issue(UUID.randomUUID(), code, 10, START)).reason()).isEqualTo("CODE_TAKEN");

        send(new GiftCardCommand.Expire(first));

        assertThat(send(new GiftCardCommand.Issue(UUID.randomUUID(), code, 10, START)).status())
                .isEqualTo(CommandOutcome.Status.SUCCEEDED);
    }

    @Test
    void a_multi_stream_append_with_one_stale_expected_version_writes_to_no_stream() {
        UUID a = issue(100);
        UUID b = issue(100);
        TransactionTemplate transaction = new TransactionTemplate(transactionManager);

        assertThatThrownBy(() -> transaction.executeWithoutResult(status -> events.append(
                CommandEnvelope.of(UUID.randomUUID(), "tester", new GiftCardCommand.Redeem(a, 1)), START, List.of(
                        new StreamAppend(stream(a), 1, List.of(new GiftCardEvent.Redeemed(a, 1))),
                        new StreamAppend(stream(b), 0, List.of(new GiftCardEvent.Redeemed(b, 1)))))))
                .isInstanceOf(DuplicateKeyException.class);

        assertThat(versions(a)).containsExactly(1L);
        assertThat(versions(b)).containsExactly(1L);
    }

    @Test
    void a_command_on_several_streams_is_appended_to_all_or_rejected_on_all() {
        UUID a = issue(100);
        UUID b = issue(100);

        CommandOutcome rejected = send(new GiftCardCommand.RedeemAll(List.of(
                new GiftCardCommand.Redeem(a, 10), new GiftCardCommand.Redeem(b, 1_000))));
        assertThat(rejected.reason()).isEqualTo("INSUFFICIENT_BALANCE");
        assertThat(versions(a)).containsExactly(1L);

        CommandOutcome applied = send(new GiftCardCommand.RedeemAll(List.of(
                new GiftCardCommand.Redeem(a, 10), new GiftCardCommand.Redeem(b, 20))));
        assertThat(applied.streams()).containsExactly(
                new StreamRange(GiftCardConfiguration.STREAM_TYPE, a.toString(), 2, 2),
                new StreamRange(GiftCardConfiguration.STREAM_TYPE, b.toString(), 2, 2));
        assertThat(balance(a)).isEqualTo(90);
        assertThat(balance(b)).isEqualTo(80);
    }

    @Test
    void a_deadline_fires_once_after_its_due_time_on_the_clock_even_across_a_restart() {
        UUID card = issue(100, Duration.ofMinutes(15));
        deadlines.fireDue();
        clock.advance(Duration.ofMinutes(15).minusMillis(1));
        deadlines.fireDue();
        assertThat(loader.load(giftCards, stream(card)).state()).isInstanceOf(GiftCard.Active.class);

        try (var restarted = PipelineRestart.start(dataSource, START.plus(Duration.ofMinutes(15)))) {
            assertThat(restarted.deadlines().fireDue()).isPositive();
            assertThat(restarted.deadlines().fireDue()).isZero();
        }
        deadlines.fireDue();

        assertThat(loader.load(giftCards, stream(card)).state()).isInstanceOf(GiftCard.Expired.class);
        assertThat(eventTypes(card)).containsExactly("giftcard.Issued", "giftcard.Expired");
    }

    @Test
    void a_deadline_fired_again_after_a_crash_before_its_row_was_deleted_takes_effect_once() {
        UUID card = issue(100, Duration.ofMinutes(15));
        UUID deadlineId = GiftCardConfiguration.expiryOf(card);
        clock.advance(Duration.ofMinutes(15));
        pipeline.handle(new CommandEnvelope<>(deadlineId, DeadlinePoller.ISSUER, UUID.randomUUID(), null, null,
                new GiftCardCommand.Expire(card)));

        deadlines.fireDue();

        assertThat(eventTypes(card)).containsExactly("giftcard.Issued", "giftcard.Expired");
        assertThat(jdbc.queryForObject("select count(*) from deadlines where deadline_id = ?", Long.class,
                deadlineId)).isZero();
    }

    UUID issue(long amount) {
        return issue(amount, Duration.ofDays(365));
    }

    UUID issue(long amount, Duration validFor) {
        UUID card = UUID.randomUUID();
        CommandOutcome outcome = send(new GiftCardCommand.Issue(card, "CODE-" + card, amount,
                clock.instant().plus(validFor)));
        assertThat(outcome.status()).isEqualTo(CommandOutcome.Status.SUCCEEDED);
        return card;
    }

    CommandOutcome send(GiftCardCommand command) {
        return pipeline.handle(CommandEnvelope.of(UUID.randomUUID(), "tester", command));
    }

    static StreamRef stream(UUID card) {
        return new StreamRef(GiftCardConfiguration.STREAM_TYPE, card.toString());
    }

    List<Long> versions(UUID card) {
        return jdbc.queryForList("select version from events where stream_type = ? and stream_id = ? order by version",
                Long.class, GiftCardConfiguration.STREAM_TYPE, card.toString());
    }

    List<String> eventTypes(UUID card) {
        return jdbc.queryForList("select event_type from events where stream_id = ? order by version", String.class,
                card.toString());
    }

    long balance(UUID card) {
        return balanceOf(loader.replay(giftCards, stream(card)));
    }

    static long balanceOf(LoadedStream<GiftCard> loaded) {
        return ((GiftCard.Active) loaded.state()).balance();
    }

    long commandRows(List<CommandOutcome> outcomes) {
        return outcomes.stream().filter(o -> jdbc.queryForObject("select count(*) from commands where command_id = ?",
                Long.class, o.commandId()) == 1).count();
    }

    void updateSnapshot(UUID card, String state, int revision) {
        jdbc.update("update snapshots set state = ?, state_revision = ? where stream_id = ?", state, revision,
                card.toString());
    }

    /** Runs {@code task} on {@code threads} threads released at the same instant; returns their results. */
    static <T> List<T> concurrently(int threads, IndexedTask<T> task) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        try (ExecutorService pool = Executors.newFixedThreadPool(threads)) {
            List<Future<T>> futures = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                int index = i;
                futures.add(pool.submit((Callable<T>) () -> {
                    start.await();
                    return task.run(index);
                }));
            }
            start.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> future : futures) {
                results.add(future.get());
            }
            return results;
        }
    }

    @FunctionalInterface
    interface IndexedTask<T> {
        T run(int index) throws Exception;
    }
}
