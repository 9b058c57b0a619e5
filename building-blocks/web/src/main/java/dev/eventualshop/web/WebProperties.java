package dev.eventualshop.web;

import jakarta.validation.constraints.Positive;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Limits on what a client may send ({@code eventualshop.web.*}). A request beyond them is answered 413 or 400
 * before any handler reads it.
 *
 * @param maxBodyBytes    larger request bodies are refused with 413
 * @param maxNestingDepth deeper JSON documents are refused with 400
 * @param maxStringLength longer JSON strings (in characters) are refused with 400
 * @param maxNumberLength longer JSON numbers (in digits) are refused with 400
 */
@Validated
@ConfigurationProperties("eventualshop.web")
public record WebProperties(@DefaultValue("1048576") @Positive long maxBodyBytes,
                            @DefaultValue("32") @Positive int maxNestingDepth,
                            @DefaultValue("100000") @Positive int maxStringLength,
                            @DefaultValue("32") @Positive int maxNumberLength) {
}
