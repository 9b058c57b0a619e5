package dev.eventualshop.web.problem;

/**
 * One reason a request was refused with 400: the field ({@code $} for the whole body) and what is wrong with it.
 */
public record FieldError(String field, String message) {
}
