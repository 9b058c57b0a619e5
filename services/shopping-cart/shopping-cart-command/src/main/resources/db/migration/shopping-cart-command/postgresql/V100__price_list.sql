-- Shopping Cart's copy of the catalog: one row per product, written from Catalog's integration events on
-- catalog.events (queue shopping-cart-command.catalog.events). version is the item's stream version of the last
-- event applied: an event is applied only if it is the next one, so a duplicate or an older event changes nothing.
create table price_list (
    product_id uuid not null,
    sku        varchar(64) not null,
    name       varchar(200) not null,
    amount     numeric(11, 2) not null,
    currency   varchar(3) not null,
    active     boolean not null,
    version    bigint not null,
    constraint price_list_pk primary key (product_id)
);
