package io.kinesisharness.internal.protocol.auth;

import io.kinesisharness.internal.common.Scope;
import io.kinesisharness.internal.errors.CommonErrors;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the caller's identity from a SigV4 {@code Authorization} header. Signatures are not verified: the
 * credential scope only tells which account and region the request acts in.
 */
public final class SigV4Scope {

    private static final List<String> REQUIRED_PARAMETERS = List.of("Credential", "Signature", "SignedHeaders");
    /** What a presigned request must carry, in the order AWS names what is missing. */
    private static final List<String> PRESIGNED_PARAMETERS = List.of("X-Amz-Algorithm", "X-Amz-Credential",
            "X-Amz-Signature", "X-Amz-SignedHeaders", "X-Amz-Date");

    private SigV4Scope() {
    }

    /**
     * @param authorization the header, or null
     * @param hasDate whether X-Amz-Date or Date is present
     * @param defaultAccount used when the access key id is not a 12-digit account id
     * @param defaultRegion used when the header names no region
     */
    public static Scope resolve(String authorization, boolean hasDate, String defaultAccount, String defaultRegion) {
        return resolve(authorization, hasDate, "", defaultAccount, defaultRegion);
    }

    /**
     * As {@link #resolve(String, boolean, String, String)}, with the query string: a presigned request (its query
     * has an {@code X-Amz-Algorithm}) is signed there instead, and must not be signed in a header too.
     */
    public static Scope resolve(String authorization, boolean hasDate, String query, String defaultAccount,
            String defaultRegion) {
        Map<String, String> presigned = query == null || query.isEmpty() ? Map.of() : queryParameters(query);
        if (presigned.containsKey("X-Amz-Algorithm")) {
            if (authorization != null) {
                throw CommonErrors.INVALID_SIGNATURE.exception("Found both 'X-Amz-Algorithm' as a query-string param "
                        + "and 'Authorization' as HTTP header.");
            }
            StringBuilder missing = new StringBuilder();
            for (String p : PRESIGNED_PARAMETERS) {
                if (presigned.getOrDefault(p, "").isEmpty()) {
                    missing.append("AWS query-string parameters must include '").append(p).append("'. ");
                }
            }
            if (missing.length() > 0) {
                throw CommonErrors.INCOMPLETE_SIGNATURE.exception(missing + "Re-examine the query-string parameters.");
            }
            return fromCredential(presigned.get("X-Amz-Credential"), defaultAccount, defaultRegion);
        }
        if (authorization == null || authorization.isBlank()) {
            throw CommonErrors.MISSING_AUTHENTICATION_TOKEN.exception("Missing Authentication Token");
        }
        Map<String, String> params = parameters(authorization);
        StringBuilder missing = new StringBuilder();
        for (String required : REQUIRED_PARAMETERS) {
            if (params.getOrDefault(required, "").isEmpty()) {
                missing.append("Authorization header requires '").append(required).append("' parameter. ");
            }
        }
        if (!hasDate) {
            missing.append("Authorization header requires existence of either a 'X-Amz-Date' or a 'Date' header. ");
        }
        if (missing.length() > 0) {
            // AWS names everything that is missing at once, then quotes the header.
            throw CommonErrors.INCOMPLETE_SIGNATURE.exception(missing + "Authorization=" + authorization);
        }
        return fromCredential(params.get("Credential"), defaultAccount, defaultRegion);
    }

    /**
     * The scope a credential ({@code AKID/20260101/eu-west-1/s3/aws4_request}) names: the account is the access
     * key id when that is 12 digits, else the default; the region is the scope's, else the default.
     */
    public static Scope fromCredential(String credential, String defaultAccount, String defaultRegion) {
        String[] parts = credential.split("/");
        String accessKey = parts[0];
        String region = parts.length >= 3 && !parts[2].isEmpty() ? parts[2] : defaultRegion;
        String account = isAccountId(accessKey) ? accessKey : defaultAccount;
        return new Scope(account, region);
    }

    /** The {@code Credential} of an {@code Authorization} header, or null when it names none. */
    public static String credential(String authorization) {
        return authorization == null ? null : parameters(authorization).get("Credential");
    }

    /** A query string's parameters, decoded; one without a value maps to "". */
    private static Map<String, String> queryParameters(String query) {
        Map<String, String> params = new HashMap<>();
        for (String part : query.split("&")) {
            if (part.isEmpty()) {
                continue;
            }
            int eq = part.indexOf('=');
            params.putIfAbsent(decode(eq < 0 ? part : part.substring(0, eq)), eq < 0 ? "" : decode(part.substring(eq + 1)));
        }
        return params;
    }

    /** Percent-decoded; a malformed escape is kept as it is. */
    private static String decode(String s) {
        try {
            return URLDecoder.decode(s, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return s;
        }
    }

    /** The {@code name=value} parameters after the scheme, separated by commas and/or spaces. */
    private static Map<String, String> parameters(String authorization) {
        Map<String, String> params = new HashMap<>();
        String[] tokens = authorization.trim().split("[,\\s]+");
        for (int i = 1; i < tokens.length; i++) {
            int eq = tokens[i].indexOf('=');
            if (eq > 0) {
                params.putIfAbsent(tokens[i].substring(0, eq), tokens[i].substring(eq + 1));
            }
        }
        return params;
    }

    private static boolean isAccountId(String key) {
        if (key.length() != 12) {
            return false;
        }
        for (int i = 0; i < 12; i++) {
            char c = key.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }
}
