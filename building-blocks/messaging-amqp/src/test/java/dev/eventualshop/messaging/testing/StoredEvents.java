package dev.eventualshop.messaging.testing;

import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/** What a command service under test stored, read from its event store's tables. */
public final class StoredEvents {

    private StoredEvents() {
    }

    /** The types of the events on the stream {@code streamType/streamId}, in version order. */
    public static List<String> types(JdbcTemplate jdbc, String streamType, String streamId) {
        return jdbc.queryForList("select event_type from events where stream_type = ? and stream_id = ? order by version",
                String.class, streamType, streamId);
    }
}
