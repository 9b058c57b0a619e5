-- One relay per service publishes the outbox: it holds this lease, renewed on database time.
create table relay_lease (
    name        varchar(100)  not null,
    owner       varchar(200)  not null,
    expires_at  timestamp with time zone not null,
    constraint relay_lease_pk primary key (name)
);
