package dev.eventualshop.gateway.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import dev.eventualshop.contracts.Ids;
import dev.eventualshop.gateway.security.Caller;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

class CommandGatewayTest {

    private final CommandPublisher publisher = mock(CommandPublisher.class);
    private final CommandStatuses statuses = mock(CommandStatuses.class);
    private final Clock clock = Clock.fixed(Instant.parse("2026-11-25T10:00:00Z"), ZoneOffset.UTC);
    private final CommandGateway gateway = new CommandGateway(publisher, statuses, clock, new Random(7));
    private final Caller ada = new Caller("user-ada", null);

    @Test
    void a_command_is_stamped_with_its_id_issuer_correlation_and_time_then_recorded_pending() {
        when(statuses.find(any(), eq("user-ada"))).thenReturn(Optional.empty());

        Acknowledgement ack = gateway.send(ada, "key-1", id -> command(id));

        UUID expected = Ids.commandId("user-ada", "key-1");
        assertThat(ack).isEqualTo(Acknowledgement.pending(expected, Ids.resourceId(expected, "widget")));
        ArgumentCaptor<StampedCommand> stamped = ArgumentCaptor.forClass(StampedCommand.class);
        verify(publisher).publish(stamped.capture());
        assertThat(stamped.getValue().commandId()).isEqualTo(expected);
        assertThat(stamped.getValue().issuer()).isEqualTo("user-ada");
        assertThat(stamped.getValue().correlationId()).isEqualTo(expected);
        assertThat(stamped.getValue().issuedAt()).isEqualTo(clock.instant());
        verify(statuses).accepted(expected, "user-ada", "testshop.CreateWidget", ack.resourceId());
    }

    @Test
    void without_a_key_the_id_is_a_fresh_version_7_id() {
        when(statuses.find(any(), any())).thenReturn(Optional.empty());

        Acknowledgement first = gateway.send(ada, null, this::command);
        Acknowledgement second = gateway.send(ada, null, this::command);

        assertThat(first.commandId().version()).isEqualTo(7);
        assertThat(first.commandId()).isNotEqualTo(second.commandId());
    }

    @Test
    void a_replayed_key_answers_as_before_and_publishes_nothing() {
        UUID id = Ids.commandId("user-ada", "key-1");
        UUID resource = Ids.resourceId(id, "widget");
        when(statuses.find(id, "user-ada")).thenReturn(Optional.of(
                new CommandStatus(id, "SUCCEEDED", null, null, resource, 1L, "user-ada")));

        Acknowledgement ack = gateway.send(ada, "key-1", this::command);

        assertThat(ack).isEqualTo(Acknowledgement.pending(id, resource));
        verify(publisher, never()).publish(any());
    }

    @Test
    void a_command_the_broker_did_not_confirm_is_not_recorded() {
        when(statuses.find(any(), any())).thenReturn(Optional.empty());
        doThrow(new HandOverFailedException("down", null)).when(publisher).publish(any());

        assertThatThrownBy(() -> gateway.send(ada, "key-2", this::command)).isInstanceOf(HandOverFailedException.class);
        verify(statuses, never()).accepted(any(), any(), any(), any());
    }

    @Test
    void keys_that_are_blank_too_long_or_hold_control_characters_are_refused() {
        assertThatThrownBy(() -> gateway.commandId("user-ada", "")).isInstanceOf(InvalidIdempotencyKeyException.class);
        assertThatThrownBy(() -> gateway.commandId("user-ada", "x".repeat(201)))
                .isInstanceOf(InvalidIdempotencyKeyException.class);
        assertThatThrownBy(() -> gateway.commandId("user-ada", "a\nb")).isInstanceOf(InvalidIdempotencyKeyException.class);
        assertThatThrownBy(() -> gateway.commandId("user-ada", "a\u0000b"))
                .isInstanceOf(InvalidIdempotencyKeyException.class);
    }

    private OutgoingCommand command(UUID id) {
        UUID widget = Ids.resourceId(id, "widget");
        return new OutgoingCommand("testshop", "testshop.CreateWidget", 1, new Object() {
            public UUID widgetId() {
                return widget;
            }
        }, widget);
    }
}
