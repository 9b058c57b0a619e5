-- Shopping Cart's customers who confirmed their email address (a checkout needs it), written from Identity's
-- identity.v1.EmailConfirmed on identity.events (queue shopping-cart-command.identity.events). A confirmation is
-- never taken back: a row is inserted once and never changed.
create table customers (
    customer_id varchar(64) not null,
    constraint customers_pk primary key (customer_id)
);
