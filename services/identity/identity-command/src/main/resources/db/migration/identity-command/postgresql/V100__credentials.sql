-- Identity's credentials: what signing in and confirming an address need synchronously. Written by the
-- command pipeline's inline projection in the same transaction as the user's events; never in an event.
create table credentials (
    user_id                 uuid          not null,
    email                   varchar(320)  not null,
    email_key               varchar(320)  not null,
    password_hash           varchar(500)  not null,
    roles                   varchar(200)  not null,
    email_confirmed         boolean       not null,
    confirmation_token_hash varchar(100),
    confirmation_expires_at timestamptz,
    constraint credentials_pk primary key (user_id),
    constraint credentials_email_key_uk unique (email_key)
);
