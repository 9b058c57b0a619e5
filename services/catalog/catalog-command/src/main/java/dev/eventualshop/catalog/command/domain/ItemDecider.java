package dev.eventualshop.catalog.command.domain;

import dev.eventualshop.catalog.commands.CatalogCommand;
import dev.eventualshop.catalog.internal.CatalogEvent;
import dev.eventualshop.contracts.Money;
import dev.eventualshop.decider.Decider;
import dev.eventualshop.decider.Decision;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A catalog item: created inactive by an ADMIN (the gateway checks the role), then described, priced, activated
 * and deactivated. Prices are in the shop's one currency. A command that would change nothing (activating an
 * active item, the same price again) is accepted with no event, so a retried admin action is harmless. The SKU's
 * uniqueness across items is a claim on {@link #skuKey} taken with {@code ItemCreated}, outside this decider.
 */
public final class ItemDecider implements Decider<CatalogCommand, Item, CatalogEvent> {

    /** What a SKU looks like: 1 to 64 letters, digits, hyphens and underscores. */
    public static final Pattern SKU = Pattern.compile("[A-Za-z0-9_-]{1,64}");

    private final String currency;

    /** @param currency the shop's currency (ISO 4217): every price is in it */
    public ItemDecider(String currency) {
        this.currency = Objects.requireNonNull(currency, "currency");
    }

    /** The key of the claim that keeps a SKU to one item: SKUs differing only in case are the same SKU. */
    public static String skuKey(String sku) {
        return sku.toUpperCase(Locale.ROOT);
    }

    @Override
    public Item initialState() {
        return new Item.None();
    }

    @Override
    public Decision<CatalogEvent> decide(CatalogCommand command, Item state) {
        return switch (command) {
            case CatalogCommand.CreateItem create -> create(create, state);
            case CatalogCommand.ChangeItemDetails change -> changeDetails(change, state);
            case CatalogCommand.ChangeItemPrice change -> changePrice(change, state);
            case CatalogCommand.ActivateItem activate -> setActive(state, true);
            case CatalogCommand.DeactivateItem deactivate -> setActive(state, false);
        };
    }

    @Override
    public Item evolve(Item state, CatalogEvent event) {
        return switch (event) {
            case CatalogEvent.ItemCreated created -> new Item.Listed(created.itemId(), created.sku(),
                    new ItemDetails(created.name(), created.description(), created.imageUrl()), created.price(), false);
            case CatalogEvent.ItemDetailsChanged changed -> state instanceof Item.Listed item
                    ? item.with(new ItemDetails(changed.name(), changed.description(), changed.imageUrl())) : state;
            case CatalogEvent.ItemPriceChanged changed -> state instanceof Item.Listed item
                    ? item.with(changed.price()) : state;
            case CatalogEvent.ItemActivated activated -> state instanceof Item.Listed item ? item.active(true) : state;
            case CatalogEvent.ItemDeactivated deactivated -> state instanceof Item.Listed item
                    ? item.active(false) : state;
        };
    }

    private Decision<CatalogEvent> create(CatalogCommand.CreateItem create, Item state) {
        if (state instanceof Item.Listed) {
            return Decision.reject("ITEM_EXISTS", "an item with this id exists already");
        }
        if (create.itemId() == null || create.sku() == null || !SKU.matcher(create.sku()).matches()) {
            return invalid("an item needs an id and a SKU of 1 to 64 letters, digits, '-' or '_'");
        }
        ItemDetails details = new ItemDetails(create.name(), create.description(), create.imageUrl());
        Decision<CatalogEvent> rejected = reject(details);
        if (rejected == null) {
            rejected = reject(create.price());
        }
        return rejected != null ? rejected : Decision.accept(new CatalogEvent.ItemCreated(create.itemId(),
                create.sku(), create.name(), create.description(), create.price(), create.imageUrl()));
    }

    private Decision<CatalogEvent> changeDetails(CatalogCommand.ChangeItemDetails change, Item state) {
        if (!(state instanceof Item.Listed item)) {
            return notFound();
        }
        ItemDetails details = new ItemDetails(change.name(), change.description(), change.imageUrl());
        Decision<CatalogEvent> rejected = reject(details);
        if (rejected != null) {
            return rejected;
        }
        return details.equals(item.details()) ? Decision.accept() : Decision.accept(
                new CatalogEvent.ItemDetailsChanged(item.itemId(), change.name(), change.description(),
                        change.imageUrl()));
    }

    private Decision<CatalogEvent> changePrice(CatalogCommand.ChangeItemPrice change, Item state) {
        if (!(state instanceof Item.Listed item)) {
            return notFound();
        }
        Decision<CatalogEvent> rejected = reject(change.price());
        if (rejected != null) {
            return rejected;
        }
        return change.price().equals(item.price()) ? Decision.accept()
                : Decision.accept(new CatalogEvent.ItemPriceChanged(item.itemId(), change.price()));
    }

    /** Activates or deactivates a listed item; an item already so changes nothing. */
    private static Decision<CatalogEvent> setActive(Item state, boolean active) {
        if (!(state instanceof Item.Listed item)) {
            return notFound();
        }
        if (item.active() == active) {
            return Decision.accept();
        }
        return Decision.accept(active ? new CatalogEvent.ItemActivated(item.itemId())
                : new CatalogEvent.ItemDeactivated(item.itemId()));
    }

    private static Decision<CatalogEvent> reject(ItemDetails details) {
        String problem = details.problem();
        return problem == null ? null : invalid(problem);
    }

    /** The rejection of a price that is missing, not in the shop's currency, zero or beyond the API's range. */
    private Decision<CatalogEvent> reject(Money price) {
        if (price == null) {
            return invalid("an item needs a price");
        }
        if (!currency.equals(price.currency())) {
            return Decision.reject("UNSUPPORTED_CURRENCY", "prices are in " + currency + ", not " + price.currency());
        }
        if (price.amount().signum() <= 0 || !price.withinApiLimit()) {
            return invalid("a price is positive and below a billion");
        }
        return null;
    }

    private static Decision<CatalogEvent> notFound() {
        return Decision.reject("NOT_FOUND", "no such item");
    }

    private static Decision<CatalogEvent> invalid(String message) {
        return Decision.reject("INVALID", message);
    }
}
