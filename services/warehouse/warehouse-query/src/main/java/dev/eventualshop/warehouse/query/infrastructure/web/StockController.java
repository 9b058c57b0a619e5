package dev.eventualshop.warehouse.query.infrastructure.web;

import dev.eventualshop.warehouse.query.application.StockQueries;
import dev.eventualshop.warehouse.query.domain.StockView;
import dev.eventualshop.web.problem.Problems;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The stocks, for ADMINs ({@link SecurityConfiguration}): one product's as a one-element array, 404 when that
 * product has no stock (yet); without {@code productId} every stock by SKU, at most {@value StockQueries#LIMIT}.
 * A {@code productId} that is no UUID is a 400 (the web building block's problem details).
 */
@RestController
class StockController {

    private final StockQueries stocks;

    StockController(StockQueries stocks) {
        this.stocks = stocks;
    }

    @GetMapping(SecurityConfiguration.STOCK)
    ResponseEntity<?> stock(@RequestParam(required = false) UUID productId) {
        if (productId == null) {
            return ResponseEntity.ok(stocks.all().stream().map(Stock::of).toList());
        }
        return stocks.of(productId)
                .<ResponseEntity<?>>map(stock -> ResponseEntity.ok(List.of(Stock.of(stock))))
                .orElseGet(() -> Problems.response(Problems.of(HttpStatus.NOT_FOUND, "No stock for this product.")));
    }

    /** One product's stock as the API shows it. */
    record Stock(UUID productId, String sku, long onHand, long reserved, long available) {

        static Stock of(StockView view) {
            return new Stock(view.productId(), view.sku(), view.onHand(), view.reserved(), view.available());
        }
    }
}
