package io.kinesisharness.internal.s3.ops;

import io.kinesisharness.internal.common.Scope;
import io.kinesisharness.internal.dispatch.RestRequest;
import io.kinesisharness.internal.protocol.auth.SigV4Scope;
import io.kinesisharness.internal.s3.S3Errors;
import java.io.ByteArrayOutputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * An S3 request as its operation sees it: which bucket and key it addresses (path-style {@code /bucket/key} or
 * virtual-hosted {@code bucket.localhost}), its decoded query parameters, and who asks from where.
 *
 * @param bucket null for the service itself ({@code GET /})
 * @param key null for the bucket itself; never empty
 * @param scope the account and region of the signature; for an unsigned request, the harness's defaults
 * @param anonymous true when the request carries no signature at all
 */
record S3Request(RestRequest http, String bucket, String key, Map<String, String> query, Scope scope,
        boolean anonymous) {

    String method() {
        return http.method();
    }

    String header(String name) {
        return http.header(name);
    }

    boolean has(String parameter) {
        return query.containsKey(parameter);
    }

    String param(String name) {
        return query.get(name);
    }

    static S3Request parse(RestRequest http, Scope defaults) {
        String credential = SigV4Scope.credential(http.header("authorization"));
        Map<String, String> query = query(http.query());
        if (credential == null) {
            credential = query.get("X-Amz-Credential");
        }
        boolean anonymous = credential == null && http.header("authorization") == null;
        Scope scope = credential == null ? defaults
                : SigV4Scope.fromCredential(credential, defaults.accountId(), defaults.region());
        String hostBucket = virtualHostBucket(http.host());
        String path = http.path();
        String bucket;
        String key;
        if (hostBucket != null) {
            bucket = hostBucket;
            key = path.length() > 1 ? decodePath(path.substring(1)) : null;
        } else {
            String rest = path.startsWith("/") ? path.substring(1) : path;
            int slash = rest.indexOf('/');
            String first = slash < 0 ? rest : rest.substring(0, slash);
            bucket = first.isEmpty() ? null : decodePath(first);
            // "/bucket/" (SDK v1 lists this way) addresses the bucket, as "/bucket" does.
            key = slash < 0 || slash == rest.length() - 1 ? null : decodePath(rest.substring(slash + 1));
        }
        return new S3Request(http, bucket, key, query, scope, anonymous);
    }

    /** {@code bucket.localhost:4567} and {@code bucket.s3.localhost}: the bucket the host names, else null. */
    static String virtualHostBucket(String host) {
        if (host == null || host.isEmpty() || host.startsWith("[")) {
            return null;
        }
        int colon = host.lastIndexOf(':');
        String name = (colon > 0 ? host.substring(0, colon) : host).toLowerCase(Locale.ROOT);
        String suffix = ".localhost";
        if (!name.endsWith(suffix) || name.length() == suffix.length()) {
            return null;
        }
        String bucket = name.substring(0, name.length() - suffix.length());
        return bucket.endsWith(".s3") ? bucket.substring(0, bucket.length() - 3) : bucket;
    }

    /** Query parameters, decoded as forms are ({@code +} is a space); a parameter without value maps to "". */
    private static Map<String, String> query(String raw) {
        Map<String, String> params = new LinkedHashMap<>();
        if (raw == null || raw.isEmpty()) {
            return params;
        }
        for (String part : raw.split("&")) {
            if (part.isEmpty()) {
                continue;
            }
            int eq = part.indexOf('=');
            String name = decodeQuery(eq < 0 ? part : part.substring(0, eq));
            String value = eq < 0 ? "" : decodeQuery(part.substring(eq + 1));
            params.putIfAbsent(name, value);
        }
        return params;
    }

    private static String decodeQuery(String s) {
        try {
            return URLDecoder.decode(s, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw S3Errors.INVALID_ARGUMENT.exception("Invalid URI");
        }
    }

    /** Percent-decoding of a path, where {@code +} stays a plus. */
    static String decodePath(String s) {
        if (s.indexOf('%') < 0) {
            return s;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(s.length());
        for (int i = 0; i < s.length(); ) {
            char c = s.charAt(i);
            if (c == '%') {
                int hi = i + 2 < s.length() ? Character.digit(s.charAt(i + 1), 16) : -1;
                int lo = i + 2 < s.length() ? Character.digit(s.charAt(i + 2), 16) : -1;
                if (hi < 0 || lo < 0) {
                    throw S3Errors.INVALID_ARGUMENT.exception("Invalid URI");
                }
                out.write(hi << 4 | lo);
                i += 3;
            } else {
                int cp = s.codePointAt(i);
                out.writeBytes(new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8));
                i += Character.charCount(cp);
            }
        }
        return out.toString(StandardCharsets.UTF_8);
    }
}
