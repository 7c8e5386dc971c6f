package io.kinesisharness.internal.protocol.auth;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The service a request is signed for, read from its SigV4 credential scope ({@code AKID/date/region/s3/aws4_request})
 * in the {@code Authorization} header or a presigned URL's {@code X-Amz-Credential}. One port serves every service:
 * requests without an {@code X-Amz-Target} are routed by this name. Nothing is verified here.
 */
public final class SigningName {

    private SigningName() {
    }

    /** The signing name in lower case, {@code ""} for a request that carries no signature, null if unreadable. */
    public static String of(String authorization, String rawQuery) {
        if (authorization != null && !authorization.isBlank()) {
            if (authorization.startsWith("AWS ")) {
                // Signature version 2: only S3 still takes it.
                return "s3";
            }
            return fromCredential(between(authorization, "Credential=", ','));
        }
        if (rawQuery != null && !rawQuery.isEmpty()) {
            for (String param : rawQuery.split("&")) {
                if (param.regionMatches(true, 0, "X-Amz-Credential=", 0, 17)) {
                    return fromCredential(URLDecoder.decode(param.substring(17), StandardCharsets.UTF_8));
                }
            }
        }
        return "";
    }

    private static String fromCredential(String credential) {
        if (credential == null) {
            return null;
        }
        String[] parts = credential.trim().split("/");
        return parts.length >= 5 ? parts[3].toLowerCase(Locale.ROOT) : null;
    }

    private static String between(String text, String start, char end) {
        int i = text.indexOf(start);
        if (i < 0) {
            return null;
        }
        int from = i + start.length();
        int to = text.indexOf(end, from);
        return text.substring(from, to < 0 ? text.length() : to);
    }
}
