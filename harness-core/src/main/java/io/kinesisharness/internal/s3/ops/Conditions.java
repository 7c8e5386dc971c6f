package io.kinesisharness.internal.s3.ops;

import io.kinesisharness.internal.errors.AwsException;
import io.kinesisharness.internal.s3.S3Errors;
import io.kinesisharness.internal.s3.model.StoredObject;

/** S3's conditional requests: on reads (GET, HEAD, a copy's source) and on writes (PUT, CompleteMultipartUpload). */
final class Conditions {

    private Conditions() {
    }

    /**
     * In S3's order: If-Match (412), If-Unmodified-Since (412, unless If-Match held), If-None-Match (304),
     * If-Modified-Since (304; a date in the future is ignored). Dates compare in whole seconds.
     */
    static void checkRead(S3Request req, StoredObject o, long nowMillis) {
        String ifMatch = req.header("if-match");
        if (ifMatch != null && !matches(ifMatch, o.etag())) {
            throw S3Errors.preconditionFailed("If-Match");
        }
        Long unmodifiedSince = S3Time.parseHttp(req.header("if-unmodified-since"));
        if (ifMatch == null && unmodifiedSince != null && o.lastModifiedMillis() > unmodifiedSince) {
            throw S3Errors.preconditionFailed("If-Unmodified-Since");
        }
        String ifNoneMatch = req.header("if-none-match");
        if (ifNoneMatch != null && matches(ifNoneMatch, o.etag())) {
            throw notModified(o);
        }
        Long modifiedSince = S3Time.parseHttp(req.header("if-modified-since"));
        if (ifNoneMatch == null && modifiedSince != null && modifiedSince <= nowMillis
                && o.lastModifiedMillis() <= modifiedSince) {
            throw notModified(o);
        }
    }

    /** A copy's conditions on its source: any that fails is 412, naming the header. */
    static void checkCopySource(S3Request req, StoredObject source, long nowMillis) {
        String ifMatch = req.header("x-amz-copy-source-if-match");
        if (ifMatch != null && !matches(ifMatch, source.etag())) {
            throw S3Errors.preconditionFailed("x-amz-copy-source-If-Match");
        }
        Long unmodifiedSince = S3Time.parseHttp(req.header("x-amz-copy-source-if-unmodified-since"));
        if (ifMatch == null && unmodifiedSince != null && source.lastModifiedMillis() > unmodifiedSince) {
            throw S3Errors.preconditionFailed("x-amz-copy-source-If-Unmodified-Since");
        }
        String ifNoneMatch = req.header("x-amz-copy-source-if-none-match");
        if (ifNoneMatch != null && matches(ifNoneMatch, source.etag())) {
            throw S3Errors.preconditionFailed("x-amz-copy-source-If-None-Match");
        }
        Long modifiedSince = S3Time.parseHttp(req.header("x-amz-copy-source-if-modified-since"));
        if (ifNoneMatch == null && modifiedSince != null && modifiedSince <= nowMillis
                && source.lastModifiedMillis() <= modifiedSince) {
            throw S3Errors.preconditionFailed("x-amz-copy-source-If-Modified-Since");
        }
    }

    /** What a conditional write asks: nothing, that the key be free, or that it hold a given entity tag. */
    record Write(boolean ifNoneMatchAny, String ifMatch) {

        boolean any() {
            return ifNoneMatchAny || ifMatch != null;
        }
    }

    /** The conditions of a write; S3 takes If-None-Match only as {@code *} and If-Match only as a tag. */
    static Write write(S3Request req) {
        String ifNoneMatch = req.header("if-none-match");
        String ifMatch = req.header("if-match");
        if (ifNoneMatch != null && ifMatch != null) {
            throw S3Errors.notImplemented("If-Match,If-None-Match").detail("additionalMessage",
                    "Multiple conditional request headers present in the request");
        }
        if (ifNoneMatch != null && !ifNoneMatch.trim().equals("*")) {
            throw S3Errors.notImplemented("If-None-Match").detail("additionalMessage",
                    "We don't accept the provided value of If-None-Match header for this API");
        }
        if (ifMatch != null && ifMatch.trim().equals("*")) {
            throw S3Errors.notImplemented("If-Match").detail("additionalMessage",
                    "We don't accept the provided value of If-Match header for this API");
        }
        return new Write(ifNoneMatch != null, ifMatch);
    }

    /** Whether the key's present object lets a conditional write go ahead (null: the key holds none). */
    static void checkWrite(Write w, StoredObject current, String key) {
        if (w.ifNoneMatchAny() && current != null) {
            throw S3Errors.preconditionFailed("If-None-Match");
        }
        if (w.ifMatch() != null) {
            if (current == null) {
                throw S3Errors.noSuchKey(key);
            }
            if (!matches(w.ifMatch(), current.etag())) {
                throw S3Errors.preconditionFailed("If-Match");
            }
        }
    }

    /** An entity-tag list matches when {@code *} or one tag (quoted or not, {@code W/} ignored) equals ours. */
    static boolean matches(String header, String etag) {
        for (String part : header.split(",")) {
            String t = part.trim();
            if (t.startsWith("W/")) {
                t = t.substring(2);
            }
            if (t.length() >= 2 && t.startsWith("\"") && t.endsWith("\"")) {
                t = t.substring(1, t.length() - 1);
            }
            if (t.equals("*") || t.equals(etag)) {
                return true;
            }
        }
        return false;
    }

    private static AwsException notModified(StoredObject o) {
        return S3Errors.NOT_MODIFIED.exception("Not Modified").detail(S3Api.HEADER_DETAIL + "ETag", o.quotedEtag())
                .detail(S3Api.HEADER_DETAIL + "Last-Modified", S3Time.http(o.lastModifiedMillis()));
    }
}
