-- The mails waiting to be sent, with their text (a confirmation mail's holds a usable link, so it is in no event).
-- Written by the pipeline's inline projection in the transaction of the notification's events; a row is deleted
-- when its mail is sent or given up. state: DUE (attempt due at due_at), SENDING (claimed until lease_until),
-- WAITING (the attempt failed; its retry deadline makes it DUE again).
create table pending_mails (
    notification_id uniqueidentifier not null,
    recipient       nvarchar(320) not null,
    subject         nvarchar(200) not null,
    body            nvarchar(max) not null,
    attempt         integer not null,
    state           nvarchar(16) not null,
    due_at          datetimeoffset not null,
    lease_until     datetimeoffset null,
    constraint pending_mails_pk primary key (notification_id)
);
create index pending_mails_due_ix on pending_mails (state, due_at);
