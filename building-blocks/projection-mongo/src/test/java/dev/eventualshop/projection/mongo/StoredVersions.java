package dev.eventualshop.projection.mongo;

import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;

/** What a service suite reads of its stored documents to know a projection has caught up. */
public final class StoredVersions {

    private StoredVersions() {
    }

    /** The version of document {@code id} of {@code view}, -1 while there is none. */
    public static long versionOf(MongoTemplate mongo, String view, String id) {
        Document stored = mongo.getCollection(view).find(new Document("_id", id)).first();
        return stored == null ? -1 : ((Number) stored.get("version")).longValue();
    }
}
