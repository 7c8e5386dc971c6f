package io.kinesisharness.internal.firehose.config;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.Map;

/**
 * Destination configurations as JSON trees keyed by AWS's member names. Create, update and describe shapes share
 * most members under the same names, so defaults, merges and renames are done once on trees instead of once per
 * destination type and member; the typed records are read back from the result.
 */
final class ShapeTrees {

    static final ObjectMapper MAPPER = new ObjectMapper()
            .setSerializationInclusion(JsonInclude.Include.NON_NULL)
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private ShapeTrees() {
    }

    static ObjectNode tree(Object shape) {
        return shape == null ? MAPPER.createObjectNode() : MAPPER.valueToTree(shape);
    }

    static <T> T read(JsonNode tree, Class<T> type) {
        try {
            return MAPPER.treeToValue(tree, type);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("Cannot read " + type.getSimpleName() + " from " + tree, e);
        }
    }

    /** Parses a JSON object literal written in code (defaults). */
    static ObjectNode parse(String json) {
        try {
            return (ObjectNode) MAPPER.readTree(json);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalArgumentException(json, e);
        }
    }

    /** Fills members {@code target} lacks from {@code defaults}, into nested objects too; never overwrites. */
    static void fillDefaults(ObjectNode target, ObjectNode defaults) {
        for (Iterator<Map.Entry<String, JsonNode>> it = defaults.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> d = it.next();
            JsonNode present = target.get(d.getKey());
            if (present == null || present.isNull()) {
                target.set(d.getKey(), d.getValue().deepCopy());
            } else if (present.isObject() && d.getValue().isObject()) {
                fillDefaults((ObjectNode) present, (ObjectNode) d.getValue());
            }
        }
    }

    /**
     * Merges an update into a description, as UpdateDestination does when the destination type stays: members the
     * update sets replace (objects merge member by member; lists and values replace whole).
     */
    static void merge(ObjectNode target, ObjectNode update) {
        for (Iterator<Map.Entry<String, JsonNode>> it = update.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> u = it.next();
            JsonNode present = target.get(u.getKey());
            if (present != null && present.isObject() && u.getValue().isObject()) {
                merge((ObjectNode) present, (ObjectNode) u.getValue());
            } else {
                target.set(u.getKey(), u.getValue().deepCopy());
            }
        }
    }

    /** Renames a member if present (create and update shapes name a nested S3 configuration differently). */
    static void rename(ObjectNode tree, String from, String to) {
        JsonNode v = tree.remove(from);
        if (v != null) {
            tree.set(to, v);
        }
    }

    static String text(JsonNode tree, String member) {
        JsonNode v = tree == null ? null : tree.get(member);
        return v == null || v.isNull() ? null : v.asText();
    }

    static ObjectNode object(ObjectNode tree, String member) {
        JsonNode v = tree.get(member);
        return v instanceof ObjectNode o ? o : null;
    }
}
