-- Messages a consumer could not handle after its quick retries, parked per (queue, stream) until an
-- operator replays them; later messages of a parked stream park behind them.
create table parked_messages (
    id            bigint generated always as identity primary key,
    queue         varchar(200)   not null,
    stream_key    varchar(320)   not null,
    message_id    varchar(100)   not null,
    message_type  varchar(128)   not null,
    headers       text           not null,
    body          text           not null,
    reason        varchar(2000)  not null,
    parked_at     timestamptz    not null
);
create index parked_messages_stream_ix on parked_messages (queue, stream_key, id);
