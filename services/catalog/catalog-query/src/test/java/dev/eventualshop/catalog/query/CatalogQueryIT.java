package dev.eventualshop.catalog.query;

import static dev.eventualshop.web.testing.TestHttp.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.eventualshop.catalog.internal.CatalogEvent;
import dev.eventualshop.contracts.Money;
import dev.eventualshop.embedded.EmbeddedInfrastructure;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * catalog-query on the embedded broker and MongoDB stand-in: the items read model follows Catalog's domain events
 * and Warehouse's stock as their relays publish them, and {@code GET /api/v1/catalog/items} shows anyone the
 * active items, searched literally, paged and sorted, and admins the inactive ones too.
 */
class CatalogQueryIT extends CatalogQueryContract {

    static final String ITEMS = "/api/v1/catalog/items";

    @DynamicPropertySource
    static void services(DynamicPropertyRegistry registry) {
        EmbeddedInfrastructure.shared().serviceProperties(CatalogQueryApplication.NAME)
                .forEach((name, value) -> registry.add(name, () -> value));
        TOKENS.register(registry);
    }

    /** A word no other test's items contain, so a search finds this test's items only. */
    static String tag() {
        return "t" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    }

    static String search(String query) {
        return ITEMS + "?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8);
    }

    String admin() {
        return TOKENS.valid(UUID.randomUUID().toString(), "CUSTOMER", "ADMIN");
    }

    String customer() {
        return TOKENS.valid(UUID.randomUUID().toString(), "CUSTOMER");
    }

    @Test
    void anyone_lists_the_active_items_by_name_then_id_with_price_availability_and_an_etag() {
        String tag = tag();
        UUID teapot = item("TEA-" + tag, "Teapot " + tag, "Porcelain", "24.9", true);
        UUID apron = item("APR-" + tag, "Apron " + tag, "Cotton", "12", true);
        UUID hidden = item("HID-" + tag, "Hidden " + tag, "Not yet on sale", "1", false);
        UUID twin = item("APR2-" + tag, "Apron " + tag, "Linen", "13", true);
        stock(teapot, 1, 7);
        awaitAvailable(teapot, 7);

        HttpResponse<String> response = get(search(tag), (String) null);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/json"));
        assertThat(response.headers().firstValue("ETag")).isPresent();
        JsonNode page = JSON.readTree(response.body());
        List<String> aprons = apron.toString().compareTo(twin.toString()) < 0
                ? List.of(apron.toString(), twin.toString()) : List.of(twin.toString(), apron.toString());
        assertThat(ids(page)).containsExactly(aprons.get(0), aprons.get(1), teapot.toString())
                .doesNotContain(hidden.toString());
        assertThat(page.path("page").asInt()).isZero();
        assertThat(page.path("size").asInt()).isEqualTo(20);
        assertThat(page.path("total").asLong()).isEqualTo(3);
        JsonNode first = page.path("items").get(2);
        assertThat(first.path("sku").asString()).isEqualTo("TEA-" + tag);
        assertThat(first.path("name").asString()).isEqualTo("Teapot " + tag);
        assertThat(first.path("description").asString()).isEqualTo("Porcelain");
        assertThat(first.path("price").path("amount").asString()).isEqualTo("24.90");
        assertThat(first.path("price").path("currency").asString()).isEqualTo("EUR");
        assertThat(first.path("imageUrl").asString()).isEqualTo("https://img.example/TEA-" + tag + ".png");
        assertThat(first.path("available").asLong()).isEqualTo(7);
        JsonNode cotton = page.path("items").get(aprons.indexOf(apron.toString()));
        assertThat(cotton.path("available").asLong()).as("no stock reported: 0").isZero();
        assertThat(cotton.path("price").path("amount").asString()).isEqualTo("12.00");
    }

    @Test
    void search_ignores_case_covers_name_description_and_sku_and_takes_the_text_literally() {
        String tag = tag();
        UUID byName = item("A-" + tag, "Blue MUG " + tag, "Stoneware", "5", true);
        UUID byDescription = item("B-" + tag, "Bowl " + tag, "goes with the blue mug", "5", true);
        UUID bySku = item("BLUEMUG-" + tag, "Plate " + tag, "Flat", "5", true);
        UUID dots = item("C-" + tag, "Anything .* goes " + tag, "Regex", "5", true);
        UUID operator = item("D-" + tag, "Operator " + tag, "{\"$ne\": null}", "5", true);
        UUID markup = item("E-" + tag, "Markup " + tag, "<script>alert(1)</script>", "5", true);

        assertThat(ids(JSON.readTree(get(search("blue mug " + tag.toUpperCase()), (String) null).body())))
                .containsExactly(byName.toString());
        assertThat(ids(JSON.readTree(get(search("BLUE MUG"), (String) null).body())))
                .contains(byName.toString(), byDescription.toString()).doesNotContain(bySku.toString());
        assertThat(ids(JSON.readTree(get(search("bluemug-" + tag), (String) null).body())))
                .containsExactly(bySku.toString());
        assertOnlyLiteral(".*", dots);
        assertOnlyLiteral("{\"$ne\": null}", operator);
        assertOnlyLiteral("$ne", operator);
        assertOnlyLiteral("<script>", markup);
        assertThat(ids(JSON.readTree(get(search("^Blue"), (String) null).body()))).isEmpty();
    }

    /** Every item found contains {@code text} itself, and {@code expected} is among them. */
    void assertOnlyLiteral(String text, UUID expected) {
        HttpResponse<String> response = get(search(text) + "&size=100", (String) null);
        assertThat(response.statusCode()).as(text).isEqualTo(200);
        JsonNode page = JSON.readTree(response.body());
        assertThat(ids(page)).as(text).contains(expected.toString());
        page.path("items").forEach(item -> assertThat((item.path("name").asString() + " "
                + item.path("description").asString() + " " + item.path("sku").asString()).toLowerCase())
                .as(text).contains(text.toLowerCase()));
    }

    @Test
    void pages_hold_the_asked_size_in_order_with_the_total() {
        String tag = tag();
        List<String> byName = new ArrayList<>();
        for (String letter : new String[] {"E", "C", "A", "D", "B"}) {
            byName.add(item(letter + "-" + tag, letter + " item " + tag, "Paged", "3", true).toString());
        }
        List<String> expected = List.of(byName.get(2), byName.get(4), byName.get(1), byName.get(3), byName.get(0));

        List<String> seen = new ArrayList<>();
        for (int page = 0; page < 3; page++) {
            JsonNode body = JSON.readTree(get(search(tag) + "&size=2&page=" + page, (String) null).body());
            assertThat(body.path("total").asLong()).isEqualTo(5);
            assertThat(body.path("page").asInt()).isEqualTo(page);
            assertThat(body.path("size").asInt()).isEqualTo(2);
            seen.addAll(ids(body));
        }
        JsonNode beyond = JSON.readTree(get(search(tag) + "&size=2&page=3", (String) null).body());

        assertThat(seen).containsExactlyElementsOf(expected);
        assertThat(ids(beyond)).isEmpty();
        assertThat(beyond.path("total").asLong()).isEqualTo(5);
    }

    @Test
    void inactive_items_are_hidden_from_anonymous_callers_and_customers_and_shown_to_admins() {
        String tag = tag();
        UUID shown = item("S-" + tag, "Shown " + tag, "On sale", "2", true);
        UUID inactive = item("I-" + tag, "Inactive " + tag, "Not on sale", "2", false);
        UUID withdrawn = item("W-" + tag, "Withdrawn " + tag, "No longer on sale", "2", true);
        publish(withdrawn, 3, new CatalogEvent.ItemDeactivated(withdrawn));
        awaitVersion(withdrawn, 3);

        for (String token : new String[] {null, customer()}) {
            assertThat(ids(JSON.readTree(get(search(tag), token).body()))).containsExactly(shown.toString());
            assertProblem(get(ITEMS + "/" + inactive, token), 404);
            assertProblem(get(ITEMS + "/" + withdrawn, token), 404);
        }
        JsonNode all = JSON.readTree(get(search(tag) + "&includeInactive=true", admin()).body());
        assertThat(ids(all)).containsExactlyInAnyOrder(shown.toString(), inactive.toString(), withdrawn.toString());
        assertThat(all.path("total").asLong()).isEqualTo(3);
        assertThat(ids(JSON.readTree(get(search(tag), admin()).body()))).as("without asking: active only")
                .containsExactly(shown.toString());
        HttpResponse<String> one = get(ITEMS + "/" + inactive, admin());
        assertThat(one.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(one.body()).path("active").asBoolean()).isFalse();
    }

    @Test
    void asking_for_inactive_items_without_the_admin_role_is_refused() {
        assertProblem(get(ITEMS + "?includeInactive=true", customer()), 403);
        assertProblem(get(ITEMS + "?includeInactive=true", (String) null), 401);
        assertProblem(get(ITEMS + "?includeInactive=maybe", admin()), 400);
    }

    @Test
    void one_item_has_its_versions_as_etag_and_an_unknown_one_is_404() {
        UUID mug = item("MUG-" + tag(), "Mug", "Blue", "9.99", true);

        HttpResponse<String> response = get(ITEMS + "/" + mug, (String) null);

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode item = JSON.readTree(response.body());
        assertThat(item.path("id").asString()).isEqualTo(mug.toString());
        assertThat(item.path("price").path("amount").asString()).isEqualTo("9.99");
        assertThat(response.headers().firstValue("ETag")).hasValue("\"2.0\"");
        assertThat(get(ITEMS + "/" + mug, Map.of("If-None-Match", "\"2.0\"")).statusCode()).isEqualTo(304);
        stock(mug, 4, 1);
        awaitAvailable(mug, 1);
        assertThat(get(ITEMS + "/" + mug, (String) null).headers().firstValue("ETag")).hasValue("\"2.4\"");
        assertProblem(get(ITEMS + "/" + UUID.randomUUID(), (String) null), 404);
        assertProblem(get(ITEMS + "/" + UUID.randomUUID(), admin()), 404);
    }

    @Test
    void the_listings_etag_changes_with_what_it_shows() {
        String tag = tag();
        UUID item = item("ET-" + tag, "Etag " + tag, "Tagged", "1", true);
        String before = get(search(tag), (String) null).headers().firstValue("ETag").orElseThrow();
        assertThat(get(search(tag), Map.of("If-None-Match", before)).statusCode()).isEqualTo(304);

        stock(item, 1, 9);
        awaitAvailable(item, 9);

        assertThat(get(search(tag), (String) null).headers().firstValue("ETag")).isPresent().get()
                .isNotEqualTo(before);
    }

    @Test
    void available_follows_the_newest_stock_and_stock_reported_before_the_item_is_kept() {
        String tag = tag();
        UUID cup = item("CUP-" + tag, "Cup " + tag, "White", "4", true);
        stock(cup, 1, 5);
        stock(cup, 2, 3);
        awaitAvailable(cup, 3);
        stock(cup, 1, 5);
        await().during(Duration.ofMillis(500)).atMost(WAIT).until(() -> available(cup) == 3);

        UUID early = UUID.randomUUID();
        stock(early, 6, 11);
        awaitAvailable(early, 11);
        assertProblem(get(ITEMS + "/" + early, admin()), 404);
        assertThat(ids(JSON.readTree(get(ITEMS + "?includeInactive=true&size=100&query=" + early, admin()).body())))
                .isEmpty();
        publish(early, 1, new CatalogEvent.ItemCreated(early, "EARLY-" + tag, "Early " + tag, "Stocked first",
                new Money(new BigDecimal("1"), "EUR"), null));
        publish(early, 2, new CatalogEvent.ItemActivated(early));
        awaitVersion(early, 2);

        assertThat(available(early)).isEqualTo(11);
    }

    long available(UUID item) {
        return JSON.readTree(get(ITEMS + "/" + item, (String) null).body()).path("available").asLong();
    }

    @Test
    void out_of_range_pages_sizes_and_malformed_ids_are_400_problem_details() {
        for (String query : new String[] {"?size=0", "?size=101", "?page=-1", "?size=abc", "?page=1e3",
                "?page=100001", "?query=" + "x".repeat(101), "?query=%00"}) {
            assertProblem(get(ITEMS + query, (String) null), 400);
        }
        JsonNode problem = assertProblem(get(ITEMS + "?size=0&page=-1", (String) null), 400);
        assertThat(problem.path("errors").toString()).contains("size").contains("page");
        for (String id : new String[] {"not-a-uuid", "1", "%7B%22%24ne%22%3Anull%7D"}) {
            assertProblem(get(ITEMS + "/" + id, (String) null), 400);
        }
        assertThat(get(ITEMS + "?size=100", (String) null).statusCode()).isEqualTo(200);
        assertThat(get(ITEMS + "?size=1&page=0", (String) null).statusCode()).isEqualTo(200);
    }

    @Test
    void a_bad_token_is_401_even_where_no_token_is_needed() {
        for (String token : TOKENS.refused(UUID.randomUUID().toString())) {
            assertProblem(get(ITEMS, token), 401);
        }
    }

    @Test
    void other_methods_are_4xx_and_health_is_public_the_rest_of_actuator_admin_only() {
        Map<String, String> auth = Map.of("Authorization", "Bearer " + admin());
        for (String method : new String[] {"POST", "PUT", "DELETE", "PATCH"}) {
            HttpResponse<String> response = send(method, ITEMS, auth);
            assertThat(response.statusCode()).as(method).isBetween(400, 499);
        }
        assertThat(context.getBeanNamesForType(DataSource.class)).isEmpty();
        assertThat(mongo.getDb().getName()).isEqualTo(CatalogQueryApplication.NAME);
        assertThat(get("/actuator/health", Map.of()).statusCode()).isEqualTo(200);
        assertProblem(get("/actuator/parked", Map.of()), 401);
        assertProblem(get("/actuator/parked", customer()), 403);
    }
}
