package dev.eventualshop.launcher;

import dev.eventualshop.catalog.commands.CatalogCommand;
import dev.eventualshop.contracts.Ids;
import dev.eventualshop.contracts.Money;
import dev.eventualshop.contracts.Uuids;
import dev.eventualshop.eventstore.CommandEnvelope;
import dev.eventualshop.eventstore.EventStore;
import dev.eventualshop.eventstore.StreamRef;
import dev.eventualshop.eventstore.pipeline.CommandOutcome;
import dev.eventualshop.eventstore.pipeline.CommandPipeline;
import dev.eventualshop.warehouse.WarehouseMessages;
import dev.eventualshop.warehouse.commands.StockCommand;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationContext;

/**
 * Seeds local mode's demo catalog through the services' own pipelines, as an ADMIN's commands would go: each item
 * created and activated in catalog-command, then its first receipt in warehouse-command once Warehouse opened the
 * item's stock (on Catalog's {@code ItemListed}, through the broker). Every command id derives from the SKU, so a
 * restart sends the same commands and the pipelines answer them from their records: seeding is idempotent, and an
 * item an ADMIN changed since keeps the change.
 */
final class DemoCatalogSeeder {

    /** The issuer recorded for the seed's commands. */
    static final String ISSUER = "system:demo-catalog";

    private static final Logger log = LoggerFactory.getLogger(DemoCatalogSeeder.class);
    private static final UUID NAMESPACE = UUID.fromString("8d2c6f0e-4b7a-4f1e-9c3d-5a6b7c8d9e0f");

    private DemoCatalogSeeder() {
    }

    /** The product id the seed gives the item {@code sku}: the gateway's derivation from the create command's id. */
    static UUID productId(String sku) {
        return Ids.resourceId(commandId("create", sku), "item");
    }

    /** Creates and activates every demo item, then receives its stock; waits up to {@code patience} for stock. */
    static void seed(ApplicationContext catalog, ApplicationContext warehouse, Duration patience) {
        CommandPipeline items = catalog.getBean(CommandPipeline.class);
        for (DemoCatalog.DemoItem item : DemoCatalog.ITEMS) {
            UUID productId = productId(item.sku());
            expect(items.handle(CommandEnvelope.of(commandId("create", item.sku()), ISSUER, new CatalogCommand.CreateItem(
                    productId, item.sku(), item.name(), item.description(), Money.of(item.price(), DemoCatalog.CURRENCY),
                    item.imageUrl()))), item);
            expect(items.handle(CommandEnvelope.of(commandId("activate", item.sku()), ISSUER,
                    new CatalogCommand.ActivateItem(productId))), item);
        }
        EventStore stocks = warehouse.getBean(EventStore.class);
        CommandPipeline receipts = warehouse.getBean(CommandPipeline.class);
        List<DemoCatalog.DemoItem> waiting = new ArrayList<>(DemoCatalog.ITEMS);
        long deadline = System.nanoTime() + patience.toNanos();
        while (!waiting.isEmpty() && System.nanoTime() < deadline) {
            waiting.removeIf(item -> {
                if (stocks.version(new StreamRef(WarehouseMessages.STOCK_STREAM, productId(item.sku()).toString())) == 0) {
                    return false;
                }
                expect(receipts.handle(CommandEnvelope.of(commandId("receipt", item.sku()), ISSUER,
                        new StockCommand.ReceiveStock(productId(item.sku()), item.stock()))), item);
                return true;
            });
            if (!waiting.isEmpty()) {
                pause();
            }
        }
        if (waiting.isEmpty()) {
            log.info("The demo catalog is in place: {} items with stock", DemoCatalog.ITEMS.size());
        } else {
            log.warn("Warehouse opened no stock for {} demo items within {}; they are listed without stock",
                    waiting.size(), patience);
        }
    }

    private static UUID commandId(String step, String sku) {
        return Uuids.v5(NAMESPACE, step + ":" + sku);
    }

    private static void expect(CommandOutcome outcome, DemoCatalog.DemoItem item) {
        if (outcome.status() != CommandOutcome.Status.SUCCEEDED) {
            log.warn("Seeding {} was {} {}", item.sku(), outcome.status(), outcome.reason());
        }
    }

    private static void pause() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while seeding the demo catalog", e);
        }
    }
}
