package io.kinesisharness.internal.firehose.processing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import net.thisptr.jackson.jq.BuiltinFunctionLoader;
import net.thisptr.jackson.jq.JsonQuery;
import net.thisptr.jackson.jq.Scope;
import net.thisptr.jackson.jq.Versions;
import net.thisptr.jackson.jq.exception.JsonQueryException;

/**
 * A {@code MetadataExtraction} processor's jq 1.6 query (through jackson-jq, the maintained Java jq, at its jq 1.6
 * level), compiled once per configuration: each record's JSON in, the partition keys out (the query yields an
 * object; each member is one key, its value as text). Only this class and {@link JqTime} touch jackson-jq, which
 * is optional: {@link #available()} tells whether it is on the classpath.
 */
public final class MetadataQuery {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String JQ_CLASS = "net.thisptr.jackson.jq.JsonQuery";

    private final JsonQuery query;
    private final Scope scope;

    private MetadataQuery(JsonQuery query, Scope scope) {
        this.query = query;
        this.scope = scope;
    }

    /** Whether jackson-jq is on the classpath (an optional dependency). */
    public static boolean available() {
        try {
            Class.forName(JQ_CLASS, false, MetadataQuery.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }

    /**
     * @throws IllegalArgumentException with jq's message when the query does not compile
     */
    public static MetadataQuery compile(String text, Supplier<Instant> clock) {
        Scope root = Scope.newEmptyScope();
        BuiltinFunctionLoader.getInstance().loadFunctions(Versions.JQ_1_6, root);
        JqTime.install(root, clock);
        try {
            return new MetadataQuery(JsonQuery.compile(text, Versions.JQ_1_6), root);
        } catch (JsonQueryException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    /**
     * The keys a record yields.
     *
     * @throws ExtractionFailure when the record is not JSON, the query fails on it, or it yields no object
     */
    public Map<String, String> keys(byte[] record) throws ExtractionFailure {
        JsonNode in;
        try {
            in = JSON.readTree(record);
        } catch (IOException e) {
            throw new ExtractionFailure("Non JSON record provided");
        }
        if (in == null || in.isMissingNode()) {
            throw new ExtractionFailure("Non JSON record provided");
        }
        List<JsonNode> out = new ArrayList<>(1);
        try {
            query.apply(Scope.newChildScope(scope), in, out::add);
        } catch (JsonQueryException e) {
            throw new ExtractionFailure(e.getMessage());
        }
        if (out.size() != 1 || !out.get(0).isObject()) {
            throw new ExtractionFailure("The metadata extraction query did not yield one JSON object");
        }
        Map<String, String> keys = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = out.get(0).fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode v = e.getValue();
            if (v.isNull() || v.isMissingNode()) {
                throw new ExtractionFailure("The value of partition key " + e.getKey() + " is null");
            }
            keys.put(e.getKey(), v.isValueNode() ? v.asText() : v.toString());
        }
        return keys;
    }

    /** A record whose keys could not be extracted: it goes to the error output. */
    public static final class ExtractionFailure extends Exception {
        public ExtractionFailure(String message) {
            super(message, null, false, false);
        }
    }
}
