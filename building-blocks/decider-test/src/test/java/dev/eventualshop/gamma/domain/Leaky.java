package dev.eventualshop.gamma.domain;

import org.springframework.util.StringUtils;

/** A domain class that leans on Spring: forbidden. */
public class Leaky {

    public boolean named(String name) {
        return StringUtils.hasText(name);
    }
}
