package dev.eventualshop.projection.mongo;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.bson.types.Binary;
import org.bson.types.Decimal128;
import org.bson.types.ObjectId;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.node.POJONode;

/**
 * Views to BSON and back through Jackson, so a view is any record Jackson round-trips, stored as plain
 * fields a query can filter on (no class names in the database). Numbers keep their kind: {@code int} as
 * Int32, {@code long} as Int64 and {@link BigDecimal} as Decimal128, so money never passes through a double;
 * dates are ISO-8601 strings, as Jackson writes them.
 */
public final class ViewCodec {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final JsonMapper mapper;

    public ViewCodec(JsonMapper mapper) {
        this.mapper = mapper;
    }

    /** The view as a BSON document; {@code null} stays {@code null}. */
    public Document write(Object view) {
        if (view == null) {
            return null;
        }
        JsonNode tree = mapper.valueToTree(view);
        if (!(tree instanceof ObjectNode object)) {
            throw new IllegalArgumentException("a view is stored as an object, not as " + tree.getNodeType());
        }
        return document(object);
    }

    public <V> V read(Document document, Class<V> type) {
        return document == null ? null : mapper.treeToValue(object(document), type);
    }

    private static Document document(ObjectNode object) {
        Document document = new Document();
        for (Map.Entry<String, JsonNode> property : object.properties()) {
            document.append(property.getKey(), bson(property.getValue()));
        }
        return document;
    }

    private static Object bson(JsonNode node) {
        return switch (node.getNodeType()) {
            case OBJECT -> document((ObjectNode) node);
            case ARRAY -> {
                List<Object> list = new ArrayList<>(node.size());
                node.forEach(element -> list.add(bson(element)));
                yield list;
            }
            case STRING -> node.stringValue();
            case BOOLEAN -> node.booleanValue();
            case NUMBER -> number(node);
            case BINARY -> new Binary(node.binaryValue());
            case NULL, MISSING -> null;
            case POJO -> embedded(((POJONode) node).getPojo());
        };
    }

    /** Jackson keeps a {@code byte[]} written to a tree as an embedded object. */
    private static Object embedded(Object value) {
        if (value instanceof byte[] bytes) {
            return new Binary(bytes);
        }
        throw new IllegalArgumentException("cannot store a raw " + value.getClass().getName() + " in a view");
    }

    private static Object number(JsonNode node) {
        if (node.isInt() || node.isShort()) {
            return node.intValue();
        }
        if (node.isLong()) {
            return node.longValue();
        }
        if (node.isBigDecimal() || node.isBigInteger()) {
            BigDecimal decimal = node.decimalValue();
            try {
                return new Decimal128(decimal);
            } catch (NumberFormatException | ArithmeticException e) {
                throw new IllegalArgumentException("number out of Decimal128 range: " + decimal, e);
            }
        }
        return node.doubleValue();
    }

    private static ObjectNode object(Document document) {
        ObjectNode object = NODES.objectNode();
        document.forEach((name, value) -> object.set(name, node(value)));
        return object;
    }

    private static JsonNode node(Object value) {
        return switch (value) {
            case null -> NODES.nullNode();
            case Document document -> object(document);
            case List<?> list -> {
                ArrayNode array = NODES.arrayNode(list.size());
                list.forEach(element -> array.add(node(element)));
                yield array;
            }
            case String text -> NODES.stringNode(text);
            case Boolean bool -> NODES.booleanNode(bool);
            case Integer number -> NODES.numberNode(number);
            case Long number -> NODES.numberNode(number);
            case Double number -> NODES.numberNode(number);
            case Decimal128 decimal -> NODES.numberNode(decimal.bigDecimalValue());
            case BigDecimal decimal -> NODES.numberNode(decimal);
            case BigInteger integer -> NODES.numberNode(integer);
            case Binary binary -> NODES.binaryNode(binary.getData());
            case Date date -> NODES.stringNode(date.toInstant().toString());
            case ObjectId objectId -> NODES.stringNode(objectId.toHexString());
            default -> NODES.stringNode(value.toString());
        };
    }
}
