package dev.eventualshop.giftcard.command;

import dev.eventualshop.contracts.MessageTypes;
import dev.eventualshop.contracts.Uuids;
import dev.eventualshop.eventstore.Upcaster;
import dev.eventualshop.eventstore.pipeline.Aggregate;
import dev.eventualshop.eventstore.pipeline.ClaimChange;
import dev.eventualshop.eventstore.pipeline.DeadlineChange;
import dev.eventualshop.eventstore.pipeline.OutgoingCommand;
import dev.eventualshop.giftcard.command.domain.GiftCard;
import dev.eventualshop.giftcard.command.domain.GiftCardDecider;
import dev.eventualshop.giftcard.commands.GiftCardCommand;
import dev.eventualshop.giftcard.internal.GiftCardEvent;
import dev.eventualshop.giftcard.internal.GiftCardMessages;
import dev.eventualshop.receipts.SendReceipt;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import tools.jackson.databind.node.ObjectNode;

/**
 * Everything the example context supplies to the pipeline: its decider, the stream a command targets and
 * the mappings from its events to claims (a code belongs to one card), deadlines (a card expires) and the commands
 * they send (an expired card's receipt).
 */
@SpringBootApplication
public class GiftCardConfiguration {

    public static final String STREAM_TYPE = "giftcard.GiftCard";
    public static final int SNAPSHOT_EVERY = 5;
    public static final int STATE_REVISION = 1;
    private static final UUID EXPIRY = UUID.fromString("4a1c9a4e-0f1b-4d3e-9a55-31c8e0e7d0a1");

    @Bean
    MessageTypes messageTypes() {
        return GiftCardMessages.TYPES;
    }

    @Bean
    Aggregate<GiftCardCommand, GiftCard, GiftCardEvent> giftCards() {
        return Aggregate.builder(STREAM_TYPE, GiftCardCommand.class, new GiftCardDecider())
                .streams(GiftCardConfiguration::route)
                .claims(event -> switch (event) {
                    case GiftCardEvent.Issued issued -> List.of(ClaimChange.take("giftcard-code", issued.code(), "CODE_TAKEN"));
                    case GiftCardEvent.Expired expired -> List.of(ClaimChange.release("giftcard-code", expired.code()));
                    case GiftCardEvent.Redeemed redeemed -> List.of();
                })
                .deadlines(event -> switch (event) {
                    case GiftCardEvent.Issued issued -> List.of(DeadlineChange.schedule(expiryOf(issued.cardId()),
                            issued.expiresAt(), new GiftCardCommand.Expire(issued.cardId())));
                    case GiftCardEvent.Expired expired -> List.of(DeadlineChange.cancel(expiryOf(expired.cardId())));
                    case GiftCardEvent.Redeemed redeemed -> List.of();
                })
                .sends((state, event) -> event instanceof GiftCardEvent.Expired expired
                        && state instanceof GiftCard.Expired card
                        ? List.of(new OutgoingCommand(expiryReceiptOf(expired.cardId()),
                                new SendReceipt(expired.cardId(), "expired " + card.code())))
                        : List.of())
                .snapshotEvery(SNAPSHOT_EVERY, GiftCard.class, STATE_REVISION)
                .build();
    }

    /** Revision 1 of {@code giftcard.Issued} called the amount {@code value}. */
    @Bean
    Upcaster issuedValueBecameAmount() {
        return new Upcaster() {
            @Override
            public String typeName() {
                return "giftcard.Issued";
            }

            @Override
            public int fromRevision() {
                return 1;
            }

            @Override
            public ObjectNode upcast(ObjectNode payload) {
                payload.set("amount", payload.remove("value"));
                return payload;
            }
        };
    }

    /** The receipt an expiry sends: derived from the card, so the same expiry names the same receipt. */
    public static UUID expiryReceiptOf(UUID cardId) {
        return Uuids.v5(cardId, "expiry-receipt");
    }

    public static UUID expiryOf(UUID cardId) {
        return Uuids.v5(EXPIRY, cardId.toString());
    }

    private static Map<String, GiftCardCommand> route(GiftCardCommand command) {
        return switch (command) {
            case GiftCardCommand.Issue issue -> Map.of(issue.cardId().toString(), issue);
            case GiftCardCommand.Redeem redeem -> Map.of(redeem.cardId().toString(), redeem);
            case GiftCardCommand.Expire expire -> Map.of(expire.cardId().toString(), expire);
            case GiftCardCommand.RedeemAll all -> {
                Map<String, GiftCardCommand> parts = new LinkedHashMap<>();
                all.parts().forEach(part -> parts.put(part.cardId().toString(), part));
                yield parts;
            }
        };
    }
}
