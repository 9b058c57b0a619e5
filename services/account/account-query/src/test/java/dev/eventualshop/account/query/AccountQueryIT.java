package dev.eventualshop.account.query;

import static dev.eventualshop.web.testing.TestHttp.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.eventualshop.account.AccountMessages;
import dev.eventualshop.account.internal.AccountEvent;
import dev.eventualshop.account.query.domain.AccountsProjection;
import dev.eventualshop.embedded.EmbeddedInfrastructure;
import dev.eventualshop.eventstore.MessageCodec;
import dev.eventualshop.messaging.testing.TestMessages;
import dev.eventualshop.projection.mongo.StoredVersions;
import dev.eventualshop.web.testing.TestHttp;
import dev.eventualshop.web.testing.TestTokens;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.amqp.rabbit.connection.ConnectionFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * account-query on the embedded broker and MongoDB stand-in: the accounts read model follows Account's domain
 * events as account-command's relay publishes them, and {@code GET /api/v1/account} serves the caller's account
 * only, from the token's {@code sub}.
 */
@SpringBootTest(classes = AccountQueryApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
                "spring.config.name=" + AccountQueryApplication.NAME,
                "eventualshop.messaging.consumer.retry-delay=20ms"})
@DirtiesContext
class AccountQueryIT {

    static final Duration WAIT = Duration.ofSeconds(30);
    static final JsonMapper JSON = JsonMapper.builder().build();
    static final TestTokens TOKENS = TestTokens.start();
    static final EmbeddedInfrastructure INFRA = EmbeddedInfrastructure.shared();

    @LocalServerPort
    int port;
    @Autowired
    ConnectionFactory connectionFactory;
    @Autowired
    MessageCodec codec;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    ApplicationContext context;

    @DynamicPropertySource
    static void services(DynamicPropertyRegistry registry) {
        EmbeddedInfrastructure.shared().serviceProperties(AccountQueryApplication.NAME)
                .forEach((name, value) -> registry.add(name, () -> value));
        TOKENS.register(registry);
    }

    @AfterAll
    static void stopTokens() {
        TOKENS.close();
    }

    @Test
    void the_owner_reads_their_account_with_the_version_as_etag() {
        UUID user = UUID.randomUUID();
        UUID home = UUID.randomUUID();
        publish(user, 1, new AccountEvent.AccountOpened(user, "Ada", "Lovelace"));
        publish(user, 2, new AccountEvent.ProfileChanged(user, "Zoë 🚀", "<script>alert(1)</script>"));
        publish(user, 3, new AccountEvent.AddressAdded(user, home, "12 St James's Sq", "London", "SW1Y 4JH", "GB"));
        awaitVersion(user, 3);

        HttpResponse<String> response = account(TOKENS.valid(user.toString(), "CUSTOMER"));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("ETag")).contains("\"3\"");
        JsonNode body = JSON.readTree(response.body());
        assertThat(body.propertyNames()).containsExactlyInAnyOrder("accountId", "profile", "addresses");
        assertThat(body.path("accountId").asString()).isEqualTo(user.toString());
        assertThat(body.path("profile").path("firstName").asString()).isEqualTo("Zoë 🚀");
        assertThat(body.path("profile").path("lastName").asString()).isEqualTo("<script>alert(1)</script>");
        JsonNode address = body.path("addresses").get(0);
        assertThat(address.propertyNames()).containsExactlyInAnyOrder("addressId", "street", "city", "postalCode",
                "country");
        assertThat(address.path("addressId").asString()).isEqualTo(home.toString());
        assertThat(address.path("postalCode").asString()).isEqualTo("SW1Y 4JH");

        HttpResponse<String> revalidated = get("/api/v1/account", Map.of("Authorization",
                "Bearer " + TOKENS.valid(user.toString(), "CUSTOMER"), "If-None-Match", "\"3\""));
        assertThat(revalidated.statusCode()).isEqualTo(304);
    }

    @Test
    void each_caller_sees_only_their_own_account() {
        UUID ada = UUID.randomUUID();
        UUID mallory = UUID.randomUUID();
        publish(ada, 1, new AccountEvent.AccountOpened(ada, "Ada", "Lovelace"));
        publish(ada, 2, new AccountEvent.AddressAdded(ada, UUID.randomUUID(), "Secret St", "London", "1", "GB"));
        publish(mallory, 1, new AccountEvent.AccountOpened(mallory, "Mallory", "Evil"));
        awaitVersion(ada, 2);
        awaitVersion(mallory, 1);

        HttpResponse<String> own = account(TOKENS.valid(mallory.toString(), "CUSTOMER"));
        assertThat(JSON.readTree(own.body()).path("accountId").asString()).isEqualTo(mallory.toString());
        assertThat(own.body()).doesNotContain("Secret St").doesNotContain(ada.toString());

        for (String path : new String[] {"/api/v1/account?accountId=" + ada, "/api/v1/account/" + ada,
                "/api/v1/account?sub=" + ada}) {
            HttpResponse<String> response = get(path, Map.of("Authorization",
                    "Bearer " + TOKENS.valid(mallory.toString(), "CUSTOMER")));
            assertThat(response.body()).as(path).doesNotContain("Secret St");
        }
        assertThat(mongo.getCollection(AccountsProjection.VIEW).find(new Document("_id", ada.toString())).first()
                .getList("owners", String.class)).containsExactly(ada.toString());
    }

    @Test
    void an_account_not_in_the_read_model_yet_is_404_problem_details() {
        HttpResponse<String> response = account(TOKENS.valid(UUID.randomUUID().toString(), "CUSTOMER"));

        assertProblem(response, 404);
        assertProblem(account(TOKENS.valid("not-a-user-id", "CUSTOMER")), 404);
    }

    @Test
    void events_out_of_order_and_twice_end_at_the_latest_version() {
        UUID user = UUID.randomUUID();
        UUID home = UUID.randomUUID();
        publish(user, 3, new AccountEvent.AddressDeleted(user, home));
        publish(user, 2, new AccountEvent.AddressAdded(user, home, "Street", "City", "1000", "CH"));
        assertProblem(account(TOKENS.valid(user.toString(), "CUSTOMER")), 404);
        publish(user, 1, new AccountEvent.AccountOpened(user, "Ada", "Lovelace"));
        awaitVersion(user, 3);
        publish(user, 2, new AccountEvent.AddressAdded(user, home, "Street", "City", "1000", "CH"));
        publish(user, 1, new AccountEvent.AccountOpened(user, "Ada", "Lovelace"));

        await().during(Duration.ofMillis(500)).atMost(WAIT).until(() -> versionOf(user) == 3);
        JsonNode body = JSON.readTree(account(TOKENS.valid(user.toString(), "CUSTOMER")).body());
        assertThat(body.path("addresses").isEmpty()).isTrue();
    }

    @Test
    void tokens_identity_did_not_issue_for_this_api_are_401_problem_details() {
        assertProblem(account(null), 401);
        for (String token : TOKENS.refused(UUID.randomUUID().toString())) {
            assertProblem(account(token), 401);
        }
    }

    @Test
    void hostile_requests_get_4xx_problem_details_and_never_another_users_data() {
        UUID victim = UUID.randomUUID();
        UUID caller = UUID.randomUUID();
        publish(victim, 1, new AccountEvent.AccountOpened(victim, "Victim", "Secret"));
        publish(caller, 1, new AccountEvent.AccountOpened(caller, "Caller", "Self"));
        awaitVersion(victim, 1);
        awaitVersion(caller, 1);
        Map<String, String> auth = Map.of("Authorization", "Bearer " + TOKENS.valid(caller.toString(), "CUSTOMER"));

        for (String method : new String[] {"POST", "PUT", "DELETE", "PATCH"}) {
            HttpResponse<String> response = send(method, "/api/v1/account", auth);
            assertThat(response.statusCode()).as(method).isBetween(400, 499);
            assertThat(response.body()).as(method).doesNotContain("Secret");
        }
        for (String query : new String[] {"?accountId%5B%24ne%5D=x", "?accountId=" + victim + "'%20or%20'1'='1",
                "?owners=" + victim, "?%24where=1"}) {
            HttpResponse<String> response = get("/api/v1/account" + query, auth);
            assertThat(response.statusCode()).as(query).isEqualTo(200);
            assertThat(JSON.readTree(response.body()).path("accountId").asString()).as(query)
                    .isEqualTo(caller.toString());
        }
        assertProblem(account("x".repeat(2_000)), 401);
        assertProblem(account(TOKENS.valid(victim + "\u0000", "CUSTOMER")), 404);
        assertProblem(account(TOKENS.valid("{\"$ne\": null}", "CUSTOMER")), 404);
        assertThat(get("/api/v1/account", Map.of("Authorization", auth.get("Authorization"), "If-None-Match",
                "\"<script>\"")).statusCode()).isEqualTo(200);
    }

    @Test
    void the_service_has_no_datasource_its_health_is_public_and_the_rest_of_actuator_is_admin_only() {
        assertThat(context.getBeanNamesForType(DataSource.class)).isEmpty();
        assertThat(mongo.getDb().getName()).isEqualTo(AccountQueryApplication.NAME);
        assertThat(get("/actuator/health", Map.of()).statusCode()).isEqualTo(200);
        assertProblem(get("/actuator/parked", Map.of()), 401);
        assertProblem(get("/actuator/parked", Map.of("Authorization",
                "Bearer " + TOKENS.valid(UUID.randomUUID().toString(), "CUSTOMER"))), 403);
    }

    /** {@code event} at {@code version} of the account's stream, as account-command's relay publishes it. */
    void publish(UUID account, long version, AccountEvent event) {
        TestMessages.publishDomainEvent(connectionFactory, codec, AccountMessages.CONTEXT,
                AccountMessages.ACCOUNT_STREAM, account.toString(), version, event);
    }

    void awaitVersion(UUID account, long version) {
        await().atMost(WAIT).until(() -> versionOf(account) == version);
    }

    long versionOf(UUID account) {
        return StoredVersions.versionOf(mongo, AccountsProjection.VIEW, account.toString());
    }

    HttpResponse<String> account(String token) {
        return TestHttp.on(port).get("/api/v1/account", token);
    }

    HttpResponse<String> get(String path, Map<String, String> headers) {
        return TestHttp.on(port).get(path, headers);
    }

    HttpResponse<String> send(String method, String path, Map<String, String> headers) {
        return TestHttp.on(port).send(method, path, headers);
    }
}
