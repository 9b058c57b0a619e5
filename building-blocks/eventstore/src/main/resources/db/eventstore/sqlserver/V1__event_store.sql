-- The event store of one command service (ARCHITECTURE.md, "Event store and command pipeline").
-- Building-block migrations own versions 1..99; a service's own migrations start at V100.

create table events (
    position       bigint identity(1,1) not null constraint events_pk primary key,
    stream_type    nvarchar(100)    not null,
    stream_id      nvarchar(200)    not null,
    version        bigint           not null,
    event_type     nvarchar(128)    not null,
    revision       int              not null,
    payload        nvarchar(max)    not null,
    event_id       uniqueidentifier not null,
    command_id     uniqueidentifier not null,
    correlation_id uniqueidentifier not null,
    causation_id   uniqueidentifier null,
    traceparent    nvarchar(55)     null,
    occurred_at    datetimeoffset   not null,
    recorded_at    datetimeoffset   not null constraint events_recorded_at_df default sysdatetimeoffset(),
    constraint events_stream_version_uk unique (stream_type, stream_id, version)
);

create table commands (
    position       bigint identity(1,1) not null constraint commands_pk primary key,
    command_id     uniqueidentifier not null,
    command_type   nvarchar(128)    not null,
    issuer         nvarchar(200)    null,
    correlation_id uniqueidentifier not null,
    causation_id   uniqueidentifier null,
    traceparent    nvarchar(55)     null,
    outcome        nvarchar(16)     not null,
    reason         nvarchar(64)     null,
    message        nvarchar(1000)   null,
    streams        nvarchar(max)    not null,
    processed_at   datetimeoffset   not null,
    sent           bit              not null constraint commands_sent_df default 0,
    sent_at        datetimeoffset   null,
    constraint commands_command_id_uk unique (command_id)
);
create index commands_unsent_ix on commands (position) where sent = 0;

create table snapshots (
    stream_type    nvarchar(100)    not null,
    stream_id      nvarchar(200)    not null,
    version        bigint           not null,
    state_revision int              not null,
    state          nvarchar(max)    not null,
    taken_at       datetimeoffset   not null,
    constraint snapshots_pk primary key (stream_type, stream_id)
);

create table claims (
    scope          nvarchar(64)     not null,
    claim_key      nvarchar(320)    not null,
    owner          nvarchar(200)    not null,
    command_id     uniqueidentifier not null,
    claimed_at     datetimeoffset   not null,
    constraint claims_pk primary key (scope, claim_key)
);

create table deadlines (
    deadline_id    uniqueidentifier not null,
    due_at         datetimeoffset   not null,
    command_type   nvarchar(128)    not null,
    revision       int              not null,
    payload        nvarchar(max)    not null,
    scheduled_by   uniqueidentifier not null,
    correlation_id uniqueidentifier not null,
    constraint deadlines_pk primary key (deadline_id)
);
create index deadlines_due_ix on deadlines (due_at);
