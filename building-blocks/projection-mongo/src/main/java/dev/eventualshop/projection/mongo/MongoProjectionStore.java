package dev.eventualshop.projection.mongo;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.Sorts;
import dev.eventualshop.messaging.consumer.PayloadDecoder;
import dev.eventualshop.projection.Delivery;
import dev.eventualshop.projection.Projection;
import dev.eventualshop.projection.ProjectionDocument;
import dev.eventualshop.projection.ProjectionPage;
import dev.eventualshop.projection.ProjectionSearch;
import dev.eventualshop.projection.ProjectionStore;
import dev.eventualshop.projection.SourcePosition;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.CollectionCallback;
import org.springframework.data.mongodb.core.MongoOperations;

/**
 * A projection's documents in the collection named after its view, shaped
 * {@code {_id, version, revision, owners, view, sources, updatedAt}}; its early events in
 * {@code <view>.pending}, as received (type, revision, JSON), read back through the service's decoder.
 *
 * <p>A write is one {@code insertOne} for a new document (a duplicate key means another writer created it
 * first) or one {@code replaceOne} filtered on {@code _id} and the revision read. {@code sources} is a list
 * rather than a map keyed by stream because stream keys contain dots, which MongoDB reads as paths.
 */
public final class MongoProjectionStore implements ProjectionStore {

    static final String PENDING_SUFFIX = ".pending";

    private final MongoOperations mongo;
    private final ViewCodec views;
    private final PayloadDecoder decoder;
    private final Clock clock;
    private final Set<String> indexed = ConcurrentHashMap.newKeySet();
    private final Set<String> ownersIndexed = ConcurrentHashMap.newKeySet();

    public MongoProjectionStore(MongoOperations mongo, ViewCodec views, PayloadDecoder decoder, Clock clock) {
        this.mongo = mongo;
        this.views = views;
        this.decoder = decoder;
        this.clock = clock;
    }

    /** The collection of a view's documents. */
    public static String collection(Projection<?> projection) {
        return projection.view();
    }

    /** The collection of a view's early events. */
    public static String pendingCollection(Projection<?> projection) {
        return projection.view() + PENDING_SUFFIX;
    }

    @Override
    public <V> ProjectionDocument<V> find(Projection<V> projection, String id) {
        Document stored = documents(projection, c -> c.find(Filters.eq("_id", id)).first());
        return stored == null ? null : decode(projection, stored);
    }

    /**
     * One query on {@code owners} (an array, so the filter matches an element) and a non-null {@code view},
     * sorted on {@code view.<sortField>} then {@code _id}; an index on the owners is created on first use.
     */
    @Override
    public <V> List<ProjectionDocument<V>> list(Projection<V> projection, String owner, String sortField,
                                                boolean descending, int limit) {
        ensureOwnersIndex(projection);
        return sorted(projection, Filters.and(Filters.eq("owners", owner), Filters.ne("view", null)), sortField,
                descending, limit);
    }

    private <V> List<ProjectionDocument<V>> sorted(Projection<V> projection, Bson filter, String sortField,
                                                   boolean descending, int limit) {
        String field = "view." + sortField;
        Bson order = descending ? Sorts.descending(field, "_id") : Sorts.ascending(field, "_id");
        List<Document> found = documents(projection, c -> c.find(filter).sort(order).limit(limit)
                .into(new ArrayList<>()));
        return found.stream().map(stored -> decode(projection, stored)).toList();
    }

    @Override
    public <V> boolean write(Projection<V> projection, ProjectionDocument<V> next, long expectedRevision) {
        Document document = encode(next);
        if (expectedRevision == 0) {
            try {
                documents(projection, c -> c.insertOne(document));
                return true;
            } catch (DuplicateKeyException concurrentlyCreated) {
                return false;
            }
        }
        Bson unchanged = Filters.and(Filters.eq("_id", next.id()), Filters.eq("revision", expectedRevision));
        return documents(projection, c -> c.replaceOne(unchanged, document)).getMatchedCount() == 1;
    }

    @Override
    public void hold(Projection<?> projection, String id, Delivery early) {
        if (early.type() == null || early.body() == null) {
            throw new IllegalArgumentException("an early event is stored as received: give its type and body");
        }
        ensurePendingIndex(projection);
        Document held = new Document("_id", id + "#" + early.version())
                .append("docId", id)
                .append("version", early.version())
                .append("messageId", early.messageId().toString())
                .append("streamType", early.streamType())
                .append("streamId", early.streamId())
                .append("type", early.type())
                .append("revision", early.revision())
                .append("body", early.body())
                .append("heldAt", Date.from(clock.instant()));
        pending(projection, c -> c.replaceOne(Filters.eq("_id", held.get("_id")), held,
                new ReplaceOptions().upsert(true)));
    }

    @Override
    public Optional<Delivery> held(Projection<?> projection, String id, long version) {
        Document held = pending(projection, c -> c.find(Filters.eq("_id", id + "#" + version)).first());
        if (held == null) {
            return Optional.empty();
        }
        String type = held.getString("type");
        int revision = held.getInteger("revision");
        String body = held.getString("body");
        return Optional.of(Delivery.own(UUID.fromString(held.getString("messageId")), held.getString("streamType"),
                held.getString("streamId"), number(held, "version"), decoder.decode(type, revision, body))
                .withRaw(type, revision, body));
    }

    @Override
    public void release(Projection<?> projection, String id, long version) {
        pending(projection, c -> c.deleteMany(Filters.and(Filters.eq("docId", id), Filters.lte("version", version))));
    }

    private void ensurePendingIndex(Projection<?> projection) {
        if (indexed.add(projection.view())) {
            pending(projection, c -> c.createIndex(Indexes.ascending("docId", "version")));
        }
    }

    private void ensureOwnersIndex(Projection<?> projection) {
        if (ownersIndexed.add(projection.view())) {
            documents(projection, c -> c.createIndex(Indexes.ascending("owners")));
        }
    }

    private Document encode(ProjectionDocument<?> document) {
        List<Document> sources = document.sources().stream()
                .map(source -> new Document("stream", source.stream()).append("version", source.version())
                        .append("messageIds", source.messageIds().stream().map(UUID::toString).toList()))
                .toList();
        return new Document("_id", document.id())
                .append("version", document.version())
                .append("revision", document.revision())
                .append("owners", List.copyOf(new TreeSet<>(document.owners())))
                .append("view", views.write(document.view()))
                .append("sources", sources)
                .append("updatedAt", Date.from(document.updatedAt()));
    }

    private <V> ProjectionDocument<V> decode(Projection<V> projection, Document stored) {
        List<SourcePosition> sources = stored.getList("sources", Document.class, List.of()).stream()
                .map(source -> new SourcePosition(source.getString("stream"), number(source, "version"),
                        source.getList("messageIds", String.class, List.of()).stream().map(UUID::fromString).toList()))
                .toList();
        return new ProjectionDocument<>(stored.getString("_id"), number(stored, "version"), number(stored, "revision"),
                views.read(stored.get("view", Document.class), projection.viewType()),
                new HashSet<>(stored.getList("owners", String.class, List.of())), sources,
                stored.getDate("updatedAt").toInstant());
    }

    private static long number(Document document, String field) {
        return ((Number) document.get(field)).longValue();
    }

    private <T> T documents(Projection<?> projection, CollectionCallback<T> action) {
        return mongo.execute(collection(projection), action);
    }

    private <T> T pending(Projection<?> projection, CollectionCallback<T> action) {
        return mongo.execute(pendingCollection(projection), action);
    }

    /** One query on a non-null {@code view}, sorted on {@code view.<sortField>} then {@code _id}. */
    @Override
    public <V> List<ProjectionDocument<V>> listEvery(Projection<V> projection, String sortField, boolean descending,
                                                     int limit) {
        return sorted(projection, Filters.ne("view", null), sortField, descending, limit);
    }

    /**
     * One count and one find with the same filter: a non-null {@code view}, {@code view.<field>} equal to each
     * value, and a case-insensitive regular expression that matches the text literally
     * ({@link ProjectionSearch#literalPattern()}) on any of the text fields; sorted on {@code view.<field>}s, then
     * {@code _id}.
     */
    @Override
    public <V> ProjectionPage<V> search(Projection<V> projection, ProjectionSearch search) {
        List<Bson> conditions = new ArrayList<>();
        conditions.add(Filters.ne("view", null));
        search.equals().forEach((field, value) -> conditions.add(Filters.eq("view." + field, value)));
        if (search.hasText()) {
            String literal = search.literalPattern();
            conditions.add(Filters.or(search.textFields().stream()
                    .map(field -> Filters.regex("view." + field, literal, "i")).toList()));
        }
        Bson filter = Filters.and(conditions);
        List<String> order = new ArrayList<>(search.sortFields().stream().map(field -> "view." + field).toList());
        order.add("_id");
        long total = documents(projection, c -> c.countDocuments(filter));
        List<Document> found = documents(projection, c -> c.find(filter).sort(Sorts.ascending(order))
                .skip(search.skip()).limit(search.size()).into(new ArrayList<>()));
        return new ProjectionPage<>(found.stream().map(stored -> decode(projection, stored)).toList(), total);
    }

    /** One query on {@code owners} and {@code view.<field>}, sorted on {@code _id}: the first match. */
    @Override
    public <V> ProjectionDocument<V> findBy(Projection<V> projection, String owner, String field, String value) {
        ensureOwnersIndex(projection);
        Document found = documents(projection, c -> c.find(Filters.and(Filters.eq("owners", owner),
                Filters.ne("view", null), Filters.eq("view." + field, value))).sort(Sorts.ascending("_id"))
                .first());
        return found == null ? null : decode(projection, found);
    }
}
