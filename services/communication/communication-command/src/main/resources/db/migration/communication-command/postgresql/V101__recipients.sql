-- The addresses order mails go to: each customer's confirmed address, written from Identity's
-- identity.v1.EmailConfirmed on identity.events (queue communication-command.identity.events). source_version is the
-- version of the user's stream the address was confirmed at; an older one never replaces a newer one.
create table recipients (
    user_id        uuid not null,
    email          varchar(320) not null,
    source_version bigint not null,
    constraint recipients_pk primary key (user_id)
);
