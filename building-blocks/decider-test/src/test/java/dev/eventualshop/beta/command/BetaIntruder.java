package dev.eventualshop.beta.command;

import dev.eventualshop.alpha.internal.AlphaEvent;

/** Another context reading alpha's internal events: forbidden. */
public class BetaIntruder {

    public String whoStarted(AlphaEvent.Started started) {
        return started.by();
    }
}
