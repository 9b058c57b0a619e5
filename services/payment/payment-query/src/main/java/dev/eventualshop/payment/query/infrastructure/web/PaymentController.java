package dev.eventualshop.payment.query.infrastructure.web;

import dev.eventualshop.contracts.Money;
import dev.eventualshop.payment.query.application.PaymentQueries;
import dev.eventualshop.payment.query.domain.PaymentView;
import dev.eventualshop.web.problem.Problems;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * An ADMIN's payments ({@link SecurityConfiguration} keeps them to ADMINs), filtered by order and by status, both
 * optional; a parameter given but malformed is {@code 400}, never a silently wider listing.
 */
@RestController
class PaymentController {

    private static final Pattern CANONICAL_UUID =
            Pattern.compile("^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$");

    private final PaymentQueries payments;

    PaymentController(PaymentQueries payments) {
        this.payments = payments;
    }

    @GetMapping(SecurityConfiguration.ADMIN_PAYMENTS)
    ResponseEntity<?> matching(@RequestParam(required = false) String orderId,
                               @RequestParam(required = false) String status) {
        if (orderId != null && !CANONICAL_UUID.matcher(orderId).matches()) {
            return Problems.response(Problems.invalid("orderId", "must be a UUID"));
        }
        Optional<PaymentView.Status> known = Arrays.stream(PaymentView.Status.values())
                .filter(candidate -> candidate.name().equals(status)).findFirst();
        if (status != null && known.isEmpty()) {
            return Problems.response(Problems.invalid("status", "must be one of "
                    + Arrays.toString(PaymentView.Status.values())));
        }
        List<PaymentView> found = payments.matching(orderId == null ? null : UUID.fromString(orderId),
                known.orElse(null));
        return ResponseEntity.ok(found.stream().map(Payment::of).toList());
    }

    /** A payment as an operator reads it: never its token. */
    record Payment(UUID paymentId, UUID orderId, String customerId, Amount amount, PaymentView.Status status,
                   boolean captureRequested, boolean refundRequested, Amount captured, Amount refunded,
                   String declineReason, String acquirerReference, boolean authorizationReleased,
                   List<PaymentView.Status> history) {

        static Payment of(PaymentView payment) {
            return new Payment(payment.paymentId(), payment.orderId(), payment.customerId(),
                    Amount.of(payment.amount()), payment.status(), payment.captureRequested(),
                    payment.refundRequested(), Amount.of(payment.captured()), Amount.of(payment.refunded()),
                    payment.declineReason(), payment.acquirerReference(), payment.authorizationReleased(),
                    payment.history());
        }
    }

    /** Money as API.md writes it: {@code {"amount": "19.99", "currency": "EUR"}}. */
    record Amount(String amount, String currency) {

        static Amount of(Money money) {
            return money == null ? null : new Amount(money.amountText(), money.currency());
        }
    }
}
