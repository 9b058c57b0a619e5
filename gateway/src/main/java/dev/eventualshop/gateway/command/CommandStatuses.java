package dev.eventualshop.gateway.command;

import dev.eventualshop.messaging.OutcomeMessage;
import java.time.Clock;
import java.util.Date;
import java.util.Optional;
import java.util.UUID;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * Command status in the gateway's own MongoDB database ({@code command_status}), one document per command id.
 * Acknowledgement and outcome both upsert, so an outcome that overtakes its acknowledgement is kept: the
 * acknowledgement sets PENDING only on insert.
 */
public class CommandStatuses {

    static final String COLLECTION = "command_status";

    private final MongoOperations mongo;
    private final Clock clock;

    public CommandStatuses(MongoOperations mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    /** Records that {@code issuer}'s command was accepted; PENDING unless its outcome came first. */
    public void accepted(UUID commandId, String issuer, String commandType, UUID resourceId) {
        Update update = new Update()
                .set("issuer", issuer)
                .set("commandType", commandType)
                .set("acceptedAt", Date.from(clock.instant()))
                .setOnInsert("status", CommandStatus.PENDING);
        if (resourceId != null) {
            update.set("resourceId", resourceId.toString());
        }
        mongo.upsert(byId(commandId), update, COLLECTION);
    }

    /** Applies a command's outcome from {@code commands.outcomes}. */
    public void outcome(OutcomeMessage outcome) {
        Update update = new Update()
                .set("status", outcome.status())
                .set("reason", outcome.reason())
                .set("message", outcome.message())
                .set("aggregateVersion", outcome.aggregateVersion())
                .set("commandType", outcome.commandType())
                .set("updatedAt", Date.from(clock.instant()));
        if (outcome.issuer() != null) {
            update.setOnInsert("issuer", outcome.issuer());
        }
        mongo.upsert(byId(outcome.commandId()), update, COLLECTION);
    }

    /** The command's status, if {@code issuer} issued it: anyone else's command does not exist for them. */
    public Optional<CommandStatus> find(UUID commandId, String issuer) {
        Document document = mongo.findOne(byId(commandId).addCriteria(Criteria.where("issuer").is(issuer)),
                Document.class, COLLECTION);
        return Optional.ofNullable(document).map(CommandStatuses::status);
    }

    private static Query byId(UUID commandId) {
        return Query.query(Criteria.where("_id").is(commandId.toString()));
    }

    private static CommandStatus status(Document document) {
        String resourceId = document.getString("resourceId");
        Number version = (Number) document.get("aggregateVersion");
        return new CommandStatus(UUID.fromString(document.getString("_id")), document.getString("status"),
                document.getString("reason"), document.getString("message"),
                resourceId == null ? null : UUID.fromString(resourceId), version == null ? null : version.longValue(),
                document.getString("issuer"));
    }
}
