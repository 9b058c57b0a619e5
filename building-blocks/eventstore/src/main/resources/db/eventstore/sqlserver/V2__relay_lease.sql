-- One relay per service publishes the outbox: it holds this lease, renewed on database time.
create table relay_lease (
    name        nvarchar(100)  not null,
    owner       nvarchar(200)  not null,
    expires_at  datetimeoffset not null,
    constraint relay_lease_pk primary key (name)
);
