package dev.eventualshop.catalog.command.domain;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eventualshop.catalog.commands.CatalogCommand;
import dev.eventualshop.catalog.internal.CatalogEvent;
import dev.eventualshop.contracts.Money;
import dev.eventualshop.decider.test.DeciderSpec;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ItemDeciderTest {

    static final UUID ITEM = UUID.fromString("5b8e2f1a-7c3d-4e5f-8a9b-0c1d2e3f4a5b");
    static final Money PRICE = Money.of("19.99", "EUR");
    static final CatalogCommand.CreateItem CREATE = new CatalogCommand.CreateItem(ITEM, "mug-01", "Mug",
            "A mug for tea", PRICE, "/images/mug.png");
    static final CatalogEvent.ItemCreated CREATED = new CatalogEvent.ItemCreated(ITEM, "mug-01", "Mug",
            "A mug for tea", PRICE, "/images/mug.png");
    static final CatalogEvent.ItemActivated ACTIVATED = new CatalogEvent.ItemActivated(ITEM);

    final DeciderSpec<CatalogCommand, Item, CatalogEvent> item = DeciderSpec.of(new ItemDecider("EUR"));

    static CatalogCommand.CreateItem create(String sku, String name, String description, Money price, String image) {
        return new CatalogCommand.CreateItem(ITEM, sku, name, description, price, image);
    }

    static CatalogCommand.ChangeItemDetails details(String name, String description, String image) {
        return new CatalogCommand.ChangeItemDetails(ITEM, name, description, image);
    }

    @Test
    void a_new_item_is_listed_inactive() {
        item.given().when(CREATE).then(CREATED)
                .thenState(state -> assertThat(((Item.Listed) state).active()).isFalse());
    }

    @Test
    void an_item_id_is_created_once() {
        item.given(CREATED).when(CREATE).thenRejects("ITEM_EXISTS");
        item.given(CREATED).when(create("other-sku", "Other", null, PRICE, null)).thenRejects("ITEM_EXISTS");
    }

    @Test
    void a_sku_has_1_to_64_letters_digits_hyphens_or_underscores() {
        item.given().when(create("A_b-9".repeat(12) + "abcd", "Mug", null, PRICE, null))
                .then(new CatalogEvent.ItemCreated(ITEM, "A_b-9".repeat(12) + "abcd", "Mug", null, PRICE, null));
        item.given().when(create("x".repeat(65), "Mug", null, PRICE, null)).thenRejects("INVALID");
        item.given().when(create("", "Mug", null, PRICE, null)).thenRejects("INVALID");
        item.given().when(create(null, "Mug", null, PRICE, null)).thenRejects("INVALID");
        item.given().when(create("mug 01", "Mug", null, PRICE, null)).thenRejects("INVALID");
        item.given().when(create("mug/01", "Mug", null, PRICE, null)).thenRejects("INVALID");
    }

    @Test
    void the_sku_claim_key_ignores_case() {
        assertThat(ItemDecider.skuKey("mug-01")).isEqualTo(ItemDecider.skuKey("MUG-01")).isEqualTo("MUG-01");
    }

    @Test
    void a_name_is_required_within_200_characters() {
        item.given().when(create("mug-01", " ", null, PRICE, null)).thenRejects("INVALID");
        item.given().when(create("mug-01", null, null, PRICE, null)).thenRejects("INVALID");
        item.given().when(create("mug-01", "M".repeat(201), null, PRICE, null)).thenRejects("INVALID");
        item.given().when(create("mug-01", "Mu\ng", null, PRICE, null)).thenRejects("INVALID");
        item.given().when(create("mug-01", "M".repeat(200), null, PRICE, null))
                .then(new CatalogEvent.ItemCreated(ITEM, "mug-01", "M".repeat(200), null, PRICE, null));
    }

    @Test
    void a_description_has_at_most_2000_characters() {
        item.given().when(create("mug-01", "Mug", "d".repeat(2001), PRICE, null)).thenRejects("INVALID");
        item.given().when(create("mug-01", "Mug", "d".repeat(2000), PRICE, null))
                .then(new CatalogEvent.ItemCreated(ITEM, "mug-01", "Mug", "d".repeat(2000), PRICE, null));
    }

    @Test
    void an_image_is_a_path_of_the_shop_or_an_http_url_within_500_characters() {
        item.given().when(create("mug-01", "Mug", null, PRICE, "https://cdn.example.com/mug.png"))
                .then(new CatalogEvent.ItemCreated(ITEM, "mug-01", "Mug", null, PRICE,
                        "https://cdn.example.com/mug.png"));
        item.given().when(create("mug-01", "Mug", null, PRICE, "http://cdn.example.com/mug.png"))
                .then(new CatalogEvent.ItemCreated(ITEM, "mug-01", "Mug", null, PRICE, "http://cdn.example.com/mug.png"));
        for (String bad : new String[] {"javascript:alert(1)", "mug.png", "//evil.example.com/x.png", "", "ftp://x/y",
                "/images/a b.png", "/" + "a".repeat(500), "https:///nohost"}) {
            item.given().when(create("mug-01", "Mug", null, PRICE, bad)).thenRejects("INVALID");
        }
    }

    @Test
    void a_price_is_positive() {
        item.given().when(create("mug-01", "Mug", null, Money.of("0", "EUR"), null)).thenRejects("INVALID");
        item.given().when(create("mug-01", "Mug", null, null, null)).thenRejects("INVALID");
        item.given(CREATED).when(new CatalogCommand.ChangeItemPrice(ITEM, Money.of("0.00", "EUR")))
                .thenRejects("INVALID");
        item.given(CREATED).when(new CatalogCommand.ChangeItemPrice(ITEM, null)).thenRejects("INVALID");
    }

    @Test
    void a_price_in_another_currency_than_the_shops_is_unsupported() {
        item.given().when(create("mug-01", "Mug", null, Money.of("19.99", "USD"), null))
                .thenRejects("UNSUPPORTED_CURRENCY");
        item.given(CREATED).when(new CatalogCommand.ChangeItemPrice(ITEM, Money.of("19.99", "CHF")))
                .thenRejects("UNSUPPORTED_CURRENCY");
        DeciderSpec.of(new ItemDecider("USD")).given().when(create("mug-01", "Mug", null, Money.of("5", "USD"), null))
                .then(new CatalogEvent.ItemCreated(ITEM, "mug-01", "Mug", null, Money.of("5", "USD"), null));
    }

    @Test
    void an_admin_changes_the_price_and_the_same_price_again_changes_nothing() {
        Money cheaper = Money.of("14.5", "EUR");
        item.given(CREATED).when(new CatalogCommand.ChangeItemPrice(ITEM, cheaper))
                .then(new CatalogEvent.ItemPriceChanged(ITEM, cheaper))
                .thenState(state -> assertThat(((Item.Listed) state).price()).isEqualTo(Money.of("14.50", "EUR")));
        item.given(CREATED).when(new CatalogCommand.ChangeItemPrice(ITEM, new Money(new java.math.BigDecimal("19.990"), "EUR"))).thenNothing();
    }

    @Test
    void an_admin_changes_the_details_and_the_same_details_again_change_nothing() {
        item.given(CREATED).when(details("Big mug", null, "https://cdn.example.com/big.png"))
                .then(new CatalogEvent.ItemDetailsChanged(ITEM, "Big mug", null, "https://cdn.example.com/big.png"));
        item.given(CREATED).when(details("Mug", "A mug for tea", "/images/mug.png")).thenNothing();
    }

    @Test
    void changed_details_are_checked_like_new_ones() {
        item.given(CREATED).when(details("", "A mug", null)).thenRejects("INVALID");
        item.given(CREATED).when(details("Mug", "d".repeat(2001), null)).thenRejects("INVALID");
        item.given(CREATED).when(details("Mug", null, "data:image/png;base64,AAAA")).thenRejects("INVALID");
    }

    @Test
    void an_item_is_activated_and_deactivated() {
        item.given(CREATED).when(new CatalogCommand.ActivateItem(ITEM)).then(ACTIVATED)
                .thenState(state -> assertThat(((Item.Listed) state).active()).isTrue());
        item.given(CREATED, ACTIVATED).when(new CatalogCommand.DeactivateItem(ITEM))
                .then(new CatalogEvent.ItemDeactivated(ITEM))
                .thenState(state -> assertThat(((Item.Listed) state).active()).isFalse());
    }

    @Test
    void activating_an_active_item_or_deactivating_an_inactive_one_changes_nothing() {
        item.given(CREATED, ACTIVATED).when(new CatalogCommand.ActivateItem(ITEM)).thenNothing();
        item.given(CREATED).when(new CatalogCommand.DeactivateItem(ITEM)).thenNothing();
        item.given(CREATED, ACTIVATED, new CatalogEvent.ItemDeactivated(ITEM))
                .when(new CatalogCommand.DeactivateItem(ITEM)).thenNothing();
    }

    @Test
    void changes_keep_the_rest_of_the_item() {
        item.given(CREATED, ACTIVATED, new CatalogEvent.ItemPriceChanged(ITEM, Money.of("9.99", "EUR")))
                .thenState(state -> assertThat(state).isEqualTo(new Item.Listed(ITEM, "mug-01",
                        new ItemDetails("Mug", "A mug for tea", "/images/mug.png"), Money.of("9.99", "EUR"), true)));
    }

    @Test
    void every_command_but_create_finds_nothing_on_a_missing_item() {
        item.given().when(details("Mug", null, null)).thenRejects("NOT_FOUND");
        item.given().when(new CatalogCommand.ChangeItemPrice(ITEM, PRICE)).thenRejects("NOT_FOUND");
        item.given().when(new CatalogCommand.ActivateItem(ITEM)).thenRejects("NOT_FOUND");
        item.given().when(new CatalogCommand.DeactivateItem(ITEM)).thenRejects("NOT_FOUND");
    }
}
