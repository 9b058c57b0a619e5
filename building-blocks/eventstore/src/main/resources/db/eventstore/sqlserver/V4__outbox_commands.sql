-- Commands a command sends to other contexts (docs/adr/0007), written in its transaction. The relay publishes
-- them with the sender's outbox entry and deletes them when it marks the entry sent, so a payload holding a
-- secret (a confirmation link) does not outlive its publication.
create table outbox_commands (
    sent_by        uniqueidentifier not null,
    seq            int              not null,
    command_id     uniqueidentifier not null,
    command_type   nvarchar(128)    not null,
    revision       int              not null,
    payload        nvarchar(max)    not null,
    constraint outbox_commands_pk primary key (sent_by, seq)
);
