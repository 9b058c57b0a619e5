package dev.eventualshop.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eventualshop.embedded.EmbeddedMongo;
import dev.eventualshop.embedded.MongoSettings;
import dev.eventualshop.messaging.Topology;
import dev.eventualshop.messaging.testing.RealRabbit;
import dev.eventualshop.web.testing.TestTokens;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;
import org.springframework.amqp.core.BindingBuilder;
import org.springframework.amqp.core.DirectExchange;
import org.springframework.amqp.core.Queue;
import org.springframework.amqp.rabbit.connection.CachingConnectionFactory;
import org.springframework.amqp.rabbit.core.RabbitAdmin;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The gateway on this machine's real RabbitMQ (a virtual host of its own): a routable command is acknowledged
 * and delivered; an unroutable one, which RabbitMQ acks after returning it, is 503.
 */
class RealRabbitSmokeIT {

    @Test
    void commands_are_acknowledged_only_when_rabbitmq_routed_them() throws Exception {
        String vhost = RealRabbit.createVirtualHost("gateway");
        try (EmbeddedMongo mongo = EmbeddedMongo.start(MongoSettings.defaults(Files.createTempDirectory("gw-real")).withPort(0));
             TestTokens tokens = TestTokens.start();
             ConfigurableApplicationContext gateway = GatewayApplication.application()
                     .sources(TestCommands.class)
                     .run("--server.port=0", "--eventualshop.gateway.client-secret=test-only-secret",
                             "--spring.rabbitmq.host=" + RealRabbit.HOST, "--spring.rabbitmq.port=" + RealRabbit.PORT,
                             "--spring.rabbitmq.virtual-host=" + vhost,
                             "--spring.mongodb.uri=" + mongo.connectionString(),
                             "--eventualshop.identity.issuer=" + TestTokens.ISSUER,
                             "--eventualshop.identity.jwk-set-uri=" + tokens.jwkSetUri())) {
            CachingConnectionFactory connection = new CachingConnectionFactory(RealRabbit.HOST, RealRabbit.PORT);
            connection.setVirtualHost(vhost);
            try {
                int port = Integer.parseInt(gateway.getEnvironment().getProperty("local.server.port"));
                HttpClient http = HttpClient.newHttpClient();
                HttpRequest command = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/test/widgets"))
                        .header("Authorization", "Bearer " + tokens.valid("user-1", "CUSTOMER"))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"gear\",\"quantity\":1}")).build();

                HttpResponse<String> unroutable = http.send(command, HttpResponse.BodyHandlers.ofString());
                assertThat(unroutable.statusCode()).as(unroutable.body()).isEqualTo(503);
                assertThat(unroutable.headers().firstValue("Retry-After")).isPresent();

                RabbitAdmin admin = new RabbitAdmin(connection);
                DirectExchange exchange = new DirectExchange(Topology.commands(TestCommands.CONTEXT), true, false);
                Queue queue = new Queue("testshop-command.testshop.commands", true, false, false);
                admin.declareExchange(exchange);
                admin.declareQueue(queue);
                admin.declareBinding(BindingBuilder.bind(queue).to(exchange).with(TestCommands.TYPE));

                HttpResponse<String> accepted = http.send(command, HttpResponse.BodyHandlers.ofString());
                assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(202);
                assertThat(new RabbitTemplate(connection).receive(queue.getName(), 5_000)).isNotNull();
            } finally {
                connection.destroy();
            }
        }
    }
}
