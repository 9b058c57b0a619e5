package dev.eventualshop.delta.domain;

import java.util.Objects;

/** A domain class in plain Java: allowed. */
public record Pure(String name) {

    public Pure {
        Objects.requireNonNull(name, "name");
    }
}
