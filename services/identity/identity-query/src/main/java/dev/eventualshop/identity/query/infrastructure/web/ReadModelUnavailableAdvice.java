package dev.eventualshop.identity.query.infrastructure.web;

import dev.eventualshop.web.problem.Problems;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * 503 problem+json with {@code Retry-After} while MongoDB cannot be read. Ordered before the web building
 * block's advice, which answers every other error (its catch-all would otherwise make this a 500).
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class ReadModelUnavailableAdvice {

    private static final Logger log = LoggerFactory.getLogger(ReadModelUnavailableAdvice.class);
    private static final String RETRY_AFTER_SECONDS = "5";

    @ExceptionHandler(DataAccessException.class)
    ResponseEntity<ProblemDetail> readModelUnavailable(DataAccessException unavailable) {
        log.warn("The users read model cannot be read: {}", unavailable.getMessage());
        HttpHeaders headers = new HttpHeaders();
        headers.set(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS);
        return Problems.response(Problems.of(HttpStatus.SERVICE_UNAVAILABLE,
                "Accounts cannot be read right now; try again shortly."), headers);
    }
}
