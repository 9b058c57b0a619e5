package dev.eventualshop.web.problem;

import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.InvalidNullException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.databind.exc.ValueInstantiationException;

/**
 * Says which field of an unreadable body was wrong, in words of the API: never the parser's message, which
 * names Java types.
 */
final class JsonErrors {

    private static final String BODY = "$";

    private JsonErrors() {
    }

    static List<FieldError> of(Throwable failure) {
        JacksonException json = find(failure);
        if (json == null) {
            return List.of(new FieldError(BODY, "the body is missing or not readable"));
        }
        String field = path(json);
        if (json instanceof StreamConstraintsException) {
            return List.of(new FieldError(field, "the document is too deep or holds a value that is too long"));
        }
        if (json instanceof UnrecognizedPropertyException) {
            return List.of(new FieldError(field, "unknown field"));
        }
        if (json instanceof InvalidNullException) {
            return List.of(new FieldError(field, "must not be null"));
        }
        if (json instanceof ValueInstantiationException) {
            return List.of(new FieldError(field, "invalid value"));
        }
        if (json instanceof MismatchedInputException) {
            return List.of(new FieldError(field, "wrong type or format"));
        }
        if (json instanceof StreamReadException) {
            return List.of(new FieldError(field, "malformed JSON or a repeated field"));
        }
        return List.of(new FieldError(field, "invalid value"));
    }

    private static JacksonException find(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof JacksonException json) {
                return json;
            }
            if (cause.getCause() == cause) {
                return null;
            }
        }
        return null;
    }

    private static String path(JacksonException json) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference reference : json.getPath()) {
            if (reference.getPropertyName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.isEmpty() ? BODY : path.toString();
    }
}
