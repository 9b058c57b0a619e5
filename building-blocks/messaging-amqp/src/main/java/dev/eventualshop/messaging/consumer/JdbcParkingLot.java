package dev.eventualshop.messaging.consumer;

import dev.eventualshop.messaging.InboundMessage;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Parked messages in the service's database ({@code parked_messages}, an event store migration). */
public class JdbcParkingLot implements ParkingLot {

    private static final String COLUMNS = "id, queue, stream_key, message_id, message_type, headers, body, reason, parked_at";
    private static final int MAX_REASON = 2000;

    private final JdbcTemplate jdbc;
    private final JsonMapper mapper;
    private final Clock clock;

    public JdbcParkingLot(JdbcTemplate jdbc, JsonMapper mapper, Clock clock) {
        this.jdbc = jdbc;
        this.mapper = mapper;
        this.clock = clock;
    }

    @Override
    public boolean isParked(String queue, String streamKey) {
        Long count = jdbc.queryForObject("select count(*) from parked_messages where queue = ? and stream_key = ?",
                Long.class, queue, streamKey);
        return count != null && count > 0;
    }

    @Override
    public void park(String queue, InboundMessage message, String reason) {
        jdbc.update("""
                insert into parked_messages (queue, stream_key, message_id, message_type, headers, body, reason, parked_at)
                values (?, ?, ?, ?, ?, ?, ?, ?)""", queue, message.streamKey(), message.messageId().toString(),
                message.type(), mapper.writeValueAsString(ParkedMessage.headersOf(message)), message.body(),
                reason.length() > MAX_REASON ? reason.substring(0, MAX_REASON) : reason,
                clock.instant().atOffset(ZoneOffset.UTC));
    }

    @Override
    public List<ParkedMessage> list(String queue) {
        return queue == null
                ? jdbc.query("select " + COLUMNS + " from parked_messages order by id", this::parked)
                : jdbc.query("select " + COLUMNS + " from parked_messages where queue = ? order by id", this::parked, queue);
    }

    @Override
    public List<ParkedMessage> ofStream(String queue, String streamKey) {
        return jdbc.query("select " + COLUMNS + " from parked_messages where queue = ? and stream_key = ? order by id",
                this::parked, queue, streamKey);
    }

    @Override
    public void remove(long id) {
        jdbc.update("delete from parked_messages where id = ?", id);
    }

    private ParkedMessage parked(ResultSet rs, int row) throws SQLException {
        Map<String, Object> headers = mapper.readValue(rs.getString(6), new TypeReference<Map<String, Object>>() { });
        return new ParkedMessage(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                headers, rs.getString(7), rs.getString(8), rs.getObject(9, OffsetDateTime.class).toInstant());
    }
}
