-- Messages a consumer could not handle after its quick retries, parked per (queue, stream) until an
-- operator replays them; later messages of a parked stream park behind them.
create table parked_messages (
    id            bigint identity(1,1) not null constraint parked_messages_pk primary key,
    queue         nvarchar(200)   not null,
    stream_key    nvarchar(320)   not null,
    message_id    nvarchar(100)   not null,
    message_type  nvarchar(128)   not null,
    headers       nvarchar(max)   not null,
    body          nvarchar(max)   not null,
    reason        nvarchar(2000)  not null,
    parked_at     datetimeoffset  not null
);
create index parked_messages_stream_ix on parked_messages (queue, stream_key, id);
