package dev.eventualshop.eventstore.pipeline;

/** The versions {@code fromVersion..toVersion} a command appended to one stream. */
public record StreamRange(String type, String id, long fromVersion, long toVersion) {
}
