package dev.eventualshop.alpha.command;

import dev.eventualshop.alpha.internal.AlphaEvent;

/** Alpha's own command side reading alpha's internal events: allowed. */
public class AlphaUser {

    public AlphaEvent start(String by) {
        return new AlphaEvent.Started(by);
    }
}
