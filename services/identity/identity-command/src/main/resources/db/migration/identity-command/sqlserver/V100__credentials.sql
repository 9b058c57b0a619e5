-- Identity's credentials: what signing in and confirming an address need synchronously. Written by the
-- command pipeline's inline projection in the same transaction as the user's events; never in an event.
create table credentials (
    user_id                 uniqueidentifier not null,
    email                   nvarchar(320)    not null,
    email_key               nvarchar(320)    not null,
    password_hash           nvarchar(500)    not null,
    roles                   nvarchar(200)    not null,
    email_confirmed         bit              not null,
    confirmation_token_hash nvarchar(100)    null,
    confirmation_expires_at datetimeoffset   null,
    constraint credentials_pk primary key (user_id),
    constraint credentials_email_key_uk unique (email_key)
);
