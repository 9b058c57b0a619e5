package dev.eventualshop.gateway.command;

import dev.eventualshop.eventstore.MessageJson;
import dev.eventualshop.messaging.OutcomeMessage;

/** Reads outcome messages from {@code commands.outcomes}, refusing (to the dead-letter queue) anything else. */
public final class Outcomes {

    private Outcomes() {
    }

    public static OutcomeMessage read(String type, int revision, String json) {
        if (!OutcomeMessage.TYPE.equals(type)) {
            throw new IllegalArgumentException("not an outcome: " + type);
        }
        OutcomeMessage outcome = MessageJson.mapper().readValue(json, OutcomeMessage.class);
        if (outcome.commandId() == null || outcome.status() == null) {
            throw new IllegalArgumentException("an outcome names its command and its status");
        }
        return outcome;
    }
}
