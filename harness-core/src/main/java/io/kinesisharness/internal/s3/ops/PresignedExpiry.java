package io.kinesisharness.internal.s3.ops;

import io.kinesisharness.internal.errors.AwsException;
import io.kinesisharness.internal.s3.S3Errors;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;

/**
 * The time limit of a presigned URL, checked as S3 checks it, but against the harness clock: a test that advances
 * the clock past a URL's expiry sees S3's {@code AccessDenied "Request has expired"}. Signatures themselves are not
 * verified (the harness takes any credentials). The signing time is the client's: SDKs and the CLI take it from
 * the machine's clock, so a URL signed now and used under a MANUAL clock set days ahead has expired there too.
 */
final class PresignedExpiry {

    /** The longest a SigV4 presigned URL may live: its signing key is valid for seven days. */
    static final long MAX_EXPIRES_SECONDS = 604_800;

    private static final List<String> SIGV4_PARAMETERS = List.of("X-Amz-Algorithm", "X-Amz-Credential",
            "X-Amz-Signature", "X-Amz-Date", "X-Amz-SignedHeaders", "X-Amz-Expires");
    private static final DateTimeFormatter AMZ_DATE = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'");

    private PresignedExpiry() {
    }

    /** Throws S3's error when the query presigns the request and its time has run out or is malformed. */
    static void check(Map<String, String> query, long nowMillis) {
        if (query.containsKey("X-Amz-Algorithm")) {
            checkSigV4(query, nowMillis);
        } else if (query.containsKey("AWSAccessKeyId") && query.containsKey("Signature")) {
            checkSigV2(query.get("Expires"), nowMillis);
        }
    }

    private static void checkSigV4(Map<String, String> query, long nowMillis) {
        for (String p : SIGV4_PARAMETERS) {
            if (query.getOrDefault(p, "").isEmpty()) {
                throw queryParametersError("Query-string authentication version 4 requires the X-Amz-Algorithm, "
                        + "X-Amz-Credential, X-Amz-Signature, X-Amz-Date, X-Amz-SignedHeaders, and X-Amz-Expires "
                        + "parameters.");
            }
        }
        String expiresText = query.get("X-Amz-Expires");
        long expires;
        try {
            expires = Long.parseLong(expiresText);
        } catch (NumberFormatException e) {
            throw queryParametersError("X-Amz-Expires should be a number");
        }
        if (expires < 0) {
            throw queryParametersError("X-Amz-Expires must be non-negative");
        }
        if (expires > MAX_EXPIRES_SECONDS) {
            throw queryParametersError("X-Amz-Expires must be less than a week (in seconds); that is, the given "
                    + "X-Amz-Expires must be less than " + MAX_EXPIRES_SECONDS + " seconds");
        }
        long signedAt;
        try {
            signedAt = LocalDateTime.parse(query.get("X-Amz-Date"), AMZ_DATE).toEpochSecond(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            throw queryParametersError("X-Amz-Date must be in the ISO8601 Long Format \"yyyyMMdd'T'HHmmss'Z'\"");
        }
        long expiresAt = signedAt + expires;
        if (nowMillis > expiresAt * 1000) {
            throw S3Errors.ACCESS_DENIED.exception("Request has expired").detail("X-Amz-Expires", expiresText)
                    .detail("Expires", Instant.ofEpochSecond(expiresAt).toString())
                    .detail("ServerTime", serverTime(nowMillis));
        }
    }

    /** Signature Version 2 names the moment of expiry itself, in seconds since the epoch. */
    private static void checkSigV2(String expires, long nowMillis) {
        long expiresAt;
        try {
            expiresAt = Long.parseLong(expires == null ? "" : expires);
        } catch (NumberFormatException e) {
            throw S3Errors.ACCESS_DENIED.exception("Invalid date (should be seconds since epoch): " + expires);
        }
        if (nowMillis > expiresAt * 1000) {
            throw S3Errors.ACCESS_DENIED.exception("Request has expired")
                    .detail("Expires", Instant.ofEpochSecond(expiresAt).toString())
                    .detail("ServerTime", serverTime(nowMillis));
        }
    }

    private static String serverTime(long nowMillis) {
        return Instant.ofEpochSecond(Math.floorDiv(nowMillis, 1000)).toString();
    }

    private static AwsException queryParametersError(String message) {
        return S3Errors.AUTHORIZATION_QUERY_PARAMETERS_ERROR.exception(message);
    }
}
