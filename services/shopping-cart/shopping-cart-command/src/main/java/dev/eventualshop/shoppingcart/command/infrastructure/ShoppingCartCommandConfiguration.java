package dev.eventualshop.shoppingcart.command.infrastructure;

import dev.eventualshop.catalog.CatalogMessages;
import dev.eventualshop.contracts.MessageTypes;
import dev.eventualshop.eventstore.MessageCodec;
import dev.eventualshop.eventstore.StreamRef;
import dev.eventualshop.eventstore.pipeline.Aggregate;
import dev.eventualshop.eventstore.pipeline.AggregateLoader;
import dev.eventualshop.eventstore.pipeline.ClaimChange;
import dev.eventualshop.identity.IdentityMessages;
import dev.eventualshop.messaging.command.CommandPreparer;
import dev.eventualshop.messaging.config.MessagingProperties;
import dev.eventualshop.messaging.consumer.ConsumerBinding;
import dev.eventualshop.messaging.relay.IntegrationEventMapper;
import dev.eventualshop.shoppingcart.ShoppingCartMessages;
import dev.eventualshop.shoppingcart.command.application.CartPricing;
import dev.eventualshop.shoppingcart.command.application.CheckoutPreparation;
import dev.eventualshop.shoppingcart.command.domain.Cart;
import dev.eventualshop.shoppingcart.command.domain.CartDecider;
import dev.eventualshop.shoppingcart.command.infrastructure.messaging.CatalogPriceFeed;
import dev.eventualshop.shoppingcart.command.infrastructure.messaging.IdentityCustomerFeed;
import dev.eventualshop.shoppingcart.command.infrastructure.messaging.ShoppingCartIntegrationEvents;
import dev.eventualshop.shoppingcart.command.infrastructure.persistence.JdbcCustomers;
import dev.eventualshop.shoppingcart.command.infrastructure.persistence.JdbcPriceList;
import dev.eventualshop.shoppingcart.commands.CartCommand;
import dev.eventualshop.shoppingcart.internal.CartEvent;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Shopping Cart's wiring: the cart aggregate (stream id = cart id; one active cart per customer as a claim on the
 * customer's user id, taken on creation and released on checkout or discard), the price list fed from
 * {@code catalog.events} (queue {@code shopping-cart-command.catalog.events}), the customers who confirmed their
 * email fed from {@code identity.events} (queue {@code shopping-cart-command.identity.events}), and the pricing of
 * every {@code AddItem} and {@code CheckOutCart} from them before the pipeline sees the command. Commands arrive on {@code shoppingcart.commands} (queue
 * {@code shopping-cart-command.shoppingcart.commands}), bound by the messaging building block.
 */
@Configuration(proxyBeanMethods = false)
public class ShoppingCartCommandConfiguration {

    /** The claim scope that keeps one active cart per customer. */
    public static final String ACTIVE_CART_SCOPE = "shoppingcart-active";
    /** The rejection of a cart for a customer who has an active one. */
    public static final String ACTIVE_CART_EXISTS = "ACTIVE_CART_EXISTS";
    /**
     * A cart's stream grows with every quantity its customer tries, so its state is kept as a snapshot every this
     * many events: loading a cart reads at most this many events after the snapshot.
     */
    public static final int SNAPSHOT_EVERY = 50;
    /** The revision of {@link Cart}'s shape in snapshots: raise it when the shape changes. */
    static final int CART_STATE_REVISION = 1;

    @Bean
    MessageTypes messageTypes() {
        return MessageTypes.merge(ShoppingCartMessages.commands(), ShoppingCartMessages.domainEvents(),
                ShoppingCartMessages.integrationEvents(), CatalogMessages.integrationEvents(),
                IdentityMessages.integrationEvents());
    }

    /** {@code shoppingcart.v1.CartCheckedOut}, for Order, on {@code shoppingcart.events}. */
    @Bean
    IntegrationEventMapper integrationEvents() {
        return new ShoppingCartIntegrationEvents();
    }

    @Bean
    Aggregate<CartCommand, Cart, CartEvent> carts() {
        return Aggregate.builder(ShoppingCartMessages.CART_STREAM, CartCommand.class, new CartDecider())
                .streamId(CartCommand::cartId)
                .claims(ShoppingCartCommandConfiguration::activeCartClaim)
                .snapshotEvery(SNAPSHOT_EVERY, Cart.class, CART_STATE_REVISION)
                .build();
    }

    /** A customer's active cart: claimed when it is created, given back when it is checked out or discarded. */
    static List<ClaimChange> activeCartClaim(CartEvent event) {
        return switch (event) {
            case CartEvent.CartCreated created ->
                    List.of(ClaimChange.take(ACTIVE_CART_SCOPE, created.customerId(), ACTIVE_CART_EXISTS));
            case CartEvent.CartCheckedOut checkedOut ->
                    List.of(ClaimChange.release(ACTIVE_CART_SCOPE, checkedOut.customerId()));
            case CartEvent.CartDiscarded discarded ->
                    List.of(ClaimChange.release(ACTIVE_CART_SCOPE, discarded.customerId()));
            default -> List.of();
        };
    }

    @Bean
    JdbcPriceList priceList(DataSource dataSource) {
        return new JdbcPriceList(new JdbcTemplate(dataSource));
    }

    @Bean
    ConsumerBinding catalogPriceFeed(MessagingProperties messaging, MessageCodec codec, JdbcPriceList prices) {
        return CatalogPriceFeed.binding(messaging.service(), codec, prices);
    }

    @Bean
    CommandPreparer cartPricing(JdbcPriceList prices) {
        return new CartPricing(prices)::price;
    }

    @Bean
    JdbcCustomers customers(DataSource dataSource) {
        return new JdbcCustomers(new JdbcTemplate(dataSource));
    }

    @Bean
    ConsumerBinding identityCustomerFeed(MessagingProperties messaging, MessageCodec codec, JdbcCustomers customers) {
        return IdentityCustomerFeed.binding(messaging.service(), codec, customers);
    }

    /** Prices a checkout from the price list at the cart's products, read from the cart as it stands. */
    @Bean
    CommandPreparer checkoutPreparation(AggregateLoader loader, Aggregate<CartCommand, Cart, CartEvent> carts,
                                        JdbcPriceList prices, JdbcCustomers customers) {
        return new CheckoutPreparation(cartId -> products(loader.load(carts,
                new StreamRef(ShoppingCartMessages.CART_STREAM, cartId.toString())).state()), prices, customers)::prepare;
    }

    private static Set<UUID> products(Cart cart) {
        return cart instanceof Cart.Active active ? active.lines().keySet() : Set.of();
    }
}
