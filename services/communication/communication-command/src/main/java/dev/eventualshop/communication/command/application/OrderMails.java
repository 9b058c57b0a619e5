package dev.eventualshop.communication.command.application;

import dev.eventualshop.communication.commands.CommunicationCommand;
import dev.eventualshop.contracts.Uuids;
import dev.eventualshop.order.v1.OrderIntegrationEvent;
import java.time.Clock;
import java.util.Objects;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns Order's {@code order.v1} events into the mails that tell the customer. Each mail's id derives from the
 * order and the kind of mail, not from the message: a redelivered event, or the same event published again under
 * another message id, asks for the same notification, which is mailed once.
 *
 * <p>The customer's address comes from {@link Recipients}, fed by Identity's {@code EmailConfirmed}. A checkout
 * needs a confirmed address, so that event precedes every order event of the customer by the whole checkout; a
 * customer confirmed before Communication kept recipients is unknown until Identity's events are replayed. An
 * unknown customer still gets a request, without an address, so the notification refuses it visibly
 * ({@code UNKNOWN_RECIPIENT}) rather than the mail vanishing.
 */
public final class OrderMails {

    /** The names the mail ids derive from, with the order id: stored ids depend on them, so never change them. */
    public static final String CONFIRMED = "order-confirmed-mail";
    public static final String CANCELLED = "order-cancelled-mail";
    public static final String SHIPPED = "order-shipped-mail";

    private static final Logger log = LoggerFactory.getLogger(OrderMails.class);

    private final Recipients recipients;
    private final Clock clock;
    private final String storefrontUrl;

    /** @param storefrontUrl the storefront's origin; an order's page is {@code <storefrontUrl>/orders/<orderId>} */
    public OrderMails(Recipients recipients, Clock clock, String storefrontUrl) {
        this.recipients = Objects.requireNonNull(recipients, "recipients");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.storefrontUrl = storefrontUrl.endsWith("/")
                ? storefrontUrl.substring(0, storefrontUrl.length() - 1) : storefrontUrl;
    }

    /** The id of the mail of kind {@code name} about {@code orderId}. */
    public static UUID mailId(UUID orderId, String name) {
        return Uuids.v5(orderId, name);
    }

    public CommunicationCommand.SendOrderConfirmation confirmed(OrderIntegrationEvent.OrderConfirmed confirmed) {
        UUID customer = customer(confirmed);
        return new CommunicationCommand.SendOrderConfirmation(mailId(confirmed.orderId(), CONFIRMED), customer,
                email(customer, confirmed), confirmed.orderId(), confirmed.total(), link(confirmed), clock.instant());
    }

    public CommunicationCommand.SendCancellationNotice cancelled(OrderIntegrationEvent.OrderCancelled cancelled) {
        UUID customer = customer(cancelled);
        return new CommunicationCommand.SendCancellationNotice(mailId(cancelled.orderId(), CANCELLED), customer,
                email(customer, cancelled), cancelled.orderId(), cancelled.reason(), cancelled.refunded(),
                link(cancelled), clock.instant());
    }

    public CommunicationCommand.SendShippingNotice shipped(OrderIntegrationEvent.OrderShipped shipped) {
        UUID customer = customer(shipped);
        return new CommunicationCommand.SendShippingNotice(mailId(shipped.orderId(), SHIPPED), customer,
                email(customer, shipped), shipped.orderId(), link(shipped), clock.instant());
    }

    /** The customer's user id; {@code null} (an invalid request) when Order names them otherwise. */
    private static UUID customer(OrderIntegrationEvent event) {
        try {
            return event.customerId() == null ? null : UUID.fromString(event.customerId());
        } catch (IllegalArgumentException notAUserId) {
            return null;
        }
    }

    private String email(UUID customer, OrderIntegrationEvent event) {
        if (customer == null) {
            return null;
        }
        String email = recipients.confirmedEmail(customer).orElse(null);
        if (email == null) {
            log.warn("No confirmed address is known for customer {} of order {}; its mail will be refused",
                    customer, event.orderId());
        }
        return email;
    }

    private String link(OrderIntegrationEvent event) {
        return event.orderId() == null ? null : storefrontUrl + "/orders/" + event.orderId();
    }
}
