package dev.eventualshop.embedded;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.h2.H2Database;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.exception.KeyConstraintError;
import java.util.List;
import java.util.Set;

/**
 * mongo-java-server's H2 backend with one planner fix: a query that pins {@code _id} finds its document through
 * the {@code _id} index even when it names other fields too.
 *
 * <p>mongo-java-server 1.47 uses an index only when the query's fields are exactly the index's
 * ({@code AbstractUniqueIndex.canHandle} compares the key sets); anything else reads and decodes every document
 * of the collection, under the collection's lock. The compare-and-set of a read model ({@code _id} and
 * {@code revision}) and the gateway's "this issuer's command" ({@code _id} and {@code issuer}) are such queries:
 * each took time in proportion to the collection, and the gateway acknowledged 39 commands a second once it held
 * a few thousand statuses. MongoDB serves both from its {@code _id} index. Here the {@code _id} index hands over
 * the one candidate and the collection matches the whole query against it, as it does after every index lookup.
 * The driver's {@code Filters.and} sends {@code $and} of the conditions, so an {@code _id} condition inside a
 * top-level {@code $and} counts too.
 */
final class IdLookupH2Backend extends H2Backend {

    private static final String ID = "_id";

    IdLookupH2Backend(String fileName) {
        super(fileName);
    }

    @Override
    protected MongoDatabase openOrCreateDatabase(String databaseName) {
        return new H2Database(databaseName, getMvStore(), getCursorRegistry()) {
            @Override
            protected Index<Object> openOrCreateUniqueIndex(String collectionName, String indexName,
                                                            List<IndexKey> keys, boolean sparse) {
                Index<Object> index = super.openOrCreateUniqueIndex(collectionName, indexName, keys, sparse);
                boolean idIndex = keys.size() == 1 && keys.getFirst().getKey().equals(ID);
                return idIndex ? new IdLookup(index) : index;
            }
        };
    }

    /** The {@code _id} index, also used for queries that name {@code _id} and more. */
    private static final class IdLookup extends Index<Object> {

        private final Index<Object> index;

        IdLookup(Index<Object> index) {
            super(index.getName(), index.getKeys(), false);
            this.index = index;
        }

        @Override
        public boolean canHandle(Document query) {
            if (index.canHandle(query)) {
                return true;
            }
            Document id = idClause(query);
            return id != null && index.canHandle(id);
        }

        @Override
        public Iterable<Object> getPositions(Document query) {
            return index.canHandle(query) ? index.getPositions(query) : index.getPositions(idClause(query));
        }

        /**
         * The {@code _id} condition of a query that has more: {@code {_id: x, revision: 3}} (Spring Data's
         * criteria) or {@code {$and: [{_id: x}, {revision: 3}]}} (the driver's {@code Filters.and}); else null.
         */
        private static Document idClause(Document query) {
            if (query.containsKey(ID)) {
                return query.size() > 1 ? new Document(ID, query.get(ID)) : null;
            }
            if (query.size() == 1 && query.get("$and") instanceof List<?> clauses) {
                for (Object clause : clauses) {
                    if (clause instanceof Document condition && condition.size() == 1 && condition.containsKey(ID)) {
                        return condition;
                    }
                }
            }
            return null;
        }

        @Override
        public Object getPosition(Document document) {
            return index.getPosition(document);
        }

        @Override
        public void checkAdd(Document document, MongoCollection<Object> collection) {
            index.checkAdd(document, collection);
        }

        @Override
        public void add(Document document, Object position, MongoCollection<Object> collection) {
            index.add(document, position, collection);
        }

        @Override
        public Object remove(Document document) {
            return index.remove(document);
        }

        @Override
        public long getCount() {
            return index.getCount();
        }

        @Override
        public boolean isEmpty() {
            return index.isEmpty();
        }

        @Override
        public long getDataSize() {
            return index.getDataSize();
        }

        @Override
        public void checkUpdate(Document oldDocument, Document newDocument, MongoCollection<Object> collection) {
            index.checkUpdate(oldDocument, newDocument, collection);
        }

        @Override
        public void updateInPlace(Document oldDocument, Document newDocument, Object position,
                                  MongoCollection<Object> collection) throws KeyConstraintError {
            index.updateInPlace(oldDocument, newDocument, position, collection);
        }

        @Override
        public Set<KeyValue> getKeyValues(Document document) {
            return index.getKeyValues(document);
        }

        @Override
        public boolean isUnique() {
            return index.isUnique();
        }

        @Override
        public Document toIndexDescription() {
            return index.toIndexDescription();
        }

        @Override
        public void drop() {
            index.drop();
        }
    }
}
