-- What Payment must ask of the acquirer next, one row per payment that has business with it. Written by the
-- pipeline's inline projection in the transaction of the payment's events; the worker claims due rows and reports
-- the answers as commands. operation: AUTHORIZE, CAPTURE, REFUND, VOID, or NONE while nothing is due (an authorized
-- or captured payment keeps its row for the acquirer reference); next_operation: a refund asked while the capture
-- is under way. state: DUE (at due_at), CALLING (claimed until lease_until), IDLE. The token (a provider's
-- reference to a card, never card data) is kept only until the authorization is answered.
create table acquirer_calls (
    payment_id     uuid not null,
    operation      varchar(16) not null,
    next_operation varchar(16) null,
    state          varchar(16) not null,
    token          varchar(68) null,
    amount         numeric(11, 2) null,
    currency       char(3) null,
    reference      varchar(64) null,
    due_at         timestamptz null,
    lease_until    timestamptz null,
    constraint acquirer_calls_pk primary key (payment_id)
);
create index acquirer_calls_due_ix on acquirer_calls (state, due_at);
