package dev.eventualshop.warehouse.command;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eventualshop.messaging.testing.RealRabbit;
import dev.eventualshop.warehouse.commands.StockCommand;
import dev.eventualshop.warehouse.commands.StockCommand.ReserveStock.Line;
import dev.eventualshop.warehouse.v1.WarehouseIntegrationEvent;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The smoke test on this machine's real RabbitMQ (a virtual host of its own): a listing delivered twice opens one
 * stock, a receipt is published as StockChanged, and a reservation beyond what is available is OUT_OF_STOCK.
 */
class WarehouseCommandRabbitIT extends WarehouseCommandContract {

    @DynamicPropertySource
    static void services(DynamicPropertyRegistry registry) {
        String vhost = RealRabbit.createVirtualHost("warehouse-command");
        registry.add("spring.datasource.url",
                () -> "jdbc:h2:mem:warehouse-command-rabbit-it;MODE=MSSQLServer;DB_CLOSE_DELAY=-1");
        registry.add("spring.rabbitmq.host", () -> RealRabbit.HOST);
        registry.add("spring.rabbitmq.port", () -> RealRabbit.PORT);
        registry.add("spring.rabbitmq.username", () -> "guest");
        registry.add("spring.rabbitmq.password", () -> "guest");
        registry.add("spring.rabbitmq.virtual-host", () -> vhost);
    }

    @Test
    void a_listing_twice_opens_one_stock_that_is_received_and_reserved_without_overselling() {
        UUID product = UUID.randomUUID();
        UUID messageId = UUID.randomUUID();
        listTwice(messageId, product);

        assertSucceeded(send(new StockCommand.ReceiveStock(product, 3)));
        assertThat(stockChange(product, 2)).isEqualTo(new WarehouseIntegrationEvent.StockChanged(product, 3, 0, 3));
        assertRejected(send(new StockCommand.ReserveStock(UUID.randomUUID(), UUID.randomUUID(),
                List.of(new Line(product, 4)), null)), "OUT_OF_STOCK");
        assertSucceeded(send(new StockCommand.ReserveStock(UUID.randomUUID(), UUID.randomUUID(),
                List.of(new Line(product, 3)), null)));

        assertThat(eventTypes(product)).containsExactly("warehouse.StockOpened", "warehouse.StockReceived",
                "warehouse.StockReserved");
        awaitAllSent();
    }
}
