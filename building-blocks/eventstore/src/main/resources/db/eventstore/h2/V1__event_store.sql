-- The event store of one command service on embedded H2 (local mode and tests); same shape as the
-- PostgreSQL and SQL Server migrations. Building-block migrations own versions 1..99.

create table events (
    position       bigint generated always as identity primary key,
    stream_type    varchar(100)  not null,
    stream_id      varchar(200)  not null,
    version        bigint        not null,
    event_type     varchar(128)  not null,
    revision       integer       not null,
    payload        clob          not null,
    event_id       uuid          not null,
    command_id     uuid          not null,
    correlation_id uuid          not null,
    causation_id   uuid,
    traceparent    varchar(55),
    occurred_at    timestamp with time zone not null,
    recorded_at    timestamp with time zone default current_timestamp not null,
    constraint events_stream_version_uk unique (stream_type, stream_id, version)
);

create table commands (
    position       bigint generated always as identity primary key,
    command_id     uuid          not null,
    command_type   varchar(128)  not null,
    issuer         varchar(200),
    correlation_id uuid          not null,
    causation_id   uuid,
    traceparent    varchar(55),
    outcome        varchar(16)   not null,
    reason         varchar(64),
    message        varchar(1000),
    streams        clob          not null,
    processed_at   timestamp with time zone not null,
    sent           boolean default false not null,
    sent_at        timestamp with time zone,
    constraint commands_command_id_uk unique (command_id)
);
create index commands_unsent_ix on commands (sent, position);

create table snapshots (
    stream_type    varchar(100)  not null,
    stream_id      varchar(200)  not null,
    version        bigint        not null,
    state_revision integer       not null,
    state          clob          not null,
    taken_at       timestamp with time zone not null,
    constraint snapshots_pk primary key (stream_type, stream_id)
);

create table claims (
    scope          varchar(64)   not null,
    claim_key      varchar(320)  not null,
    owner          varchar(200)  not null,
    command_id     uuid          not null,
    claimed_at     timestamp with time zone not null,
    constraint claims_pk primary key (scope, claim_key)
);

create table deadlines (
    deadline_id    uuid          not null,
    due_at         timestamp with time zone not null,
    command_type   varchar(128)  not null,
    revision       integer       not null,
    payload        clob          not null,
    scheduled_by   uuid          not null,
    correlation_id uuid          not null,
    constraint deadlines_pk primary key (deadline_id)
);
create index deadlines_due_ix on deadlines (due_at);
