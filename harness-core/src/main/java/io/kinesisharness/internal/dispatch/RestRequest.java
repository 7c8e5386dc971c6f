package io.kinesisharness.internal.dispatch;

import java.util.List;
import java.util.Map;

/**
 * A request to a REST service (S3), as the transport received it: nothing decoded beyond the HTTP framing.
 *
 * @param path the raw (still percent-encoded) path, without the query
 * @param query the raw query string, without {@code ?}; empty when there is none
 * @param headers every header, names in lower case, values in arrival order
 * @param host the {@code Host} (or HTTP/2 {@code :authority}) as sent, port included
 * @param body the whole body (the transport aggregates it)
 */
public record RestRequest(String method, String path, String query, Map<String, List<String>> headers, String host,
        byte[] body) {

    /** The first value of a header (any case), or null. */
    public String header(String name) {
        List<String> values = headers.get(name.toLowerCase(java.util.Locale.ROOT));
        return values == null || values.isEmpty() ? null : values.get(0);
    }
}
