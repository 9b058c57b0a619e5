-- The event store of one command service (ARCHITECTURE.md, "Event store and command pipeline").
-- Building-block migrations own versions 1..99; a service's own migrations start at V100.

-- Every event of every stream. The key (stream_type, stream_id, version) is the optimistic-concurrency guard
-- and the index every read uses. position is the global order; appended in order, it needs only a BRIN
-- index, which costs next to nothing per insert (docs/adr/0005).
create table events (
    position       bigint generated always as identity,
    stream_type    varchar(100)  not null,
    stream_id      varchar(200)  not null,
    version        bigint        not null,
    event_type     varchar(128)  not null,
    revision       integer       not null,
    payload        text          not null,
    event_id       uuid          not null,
    command_id     uuid          not null,
    correlation_id uuid          not null,
    causation_id   uuid,
    traceparent    varchar(55),
    occurred_at    timestamptz   not null,
    recorded_at    timestamptz   not null default now(),
    constraint events_stream_version_uk primary key (stream_type, stream_id, version)
);
create index events_position_brin on events using brin (position);

-- One row per processed command: the dedupe record, the outcome, and the outbox the relay publishes from.
-- streams holds the version ranges the command wrote: [{"type","id","fromVersion","toVersion"}].
-- Keyed by command id (the dedupe key); position orders the outbox and is indexed only while unsent, so
-- a command costs two index entries rather than three (docs/adr/0005).
create table commands (
    position       bigint generated always as identity,
    command_id     uuid          not null,
    command_type   varchar(128)  not null,
    issuer         varchar(200),
    correlation_id uuid          not null,
    causation_id   uuid,
    traceparent    varchar(55),
    outcome        varchar(16)   not null,
    reason         varchar(64),
    message        varchar(1000),
    streams        text          not null,
    processed_at   timestamptz   not null,
    sent           boolean       not null default false,
    sent_at        timestamptz,
    constraint commands_pk primary key (command_id)
);
create index commands_unsent_ix on commands (position) where not sent;

-- The latest snapshot per stream; ignored unless state_revision matches the code's.
create table snapshots (
    stream_type    varchar(100)  not null,
    stream_id      varchar(200)  not null,
    version        bigint        not null,
    state_revision integer       not null,
    state          text          not null,
    taken_at       timestamptz   not null,
    constraint snapshots_pk primary key (stream_type, stream_id)
);

-- Rules that span streams (a unique email, one active cart per customer): (scope, key) -> owning stream.
create table claims (
    scope          varchar(64)   not null,
    claim_key      varchar(320)  not null,
    owner          varchar(200)  not null,
    command_id     uuid          not null,
    claimed_at     timestamptz   not null,
    constraint claims_pk primary key (scope, claim_key)
);

-- Durable timers: at due_at the poller sends the stored command, with deadline_id as its command id.
create table deadlines (
    deadline_id    uuid          not null,
    due_at         timestamptz   not null,
    command_type   varchar(128)  not null,
    revision       integer       not null,
    payload        text          not null,
    scheduled_by   uuid          not null,
    correlation_id uuid          not null,
    constraint deadlines_pk primary key (deadline_id)
);
create index deadlines_due_ix on deadlines (due_at);
