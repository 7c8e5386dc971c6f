package io.kinesisharness.internal.s3.ops;

import io.kinesisharness.internal.s3.S3Errors;
import io.kinesisharness.internal.s3.model.ObjectMetadata;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * An object's metadata from the headers of the request that writes it (PutObject, CreateMultipartUpload, a
 * CopyObject that replaces it), and back into headers. Headers of features the harness does not model (tagging,
 * object lock, customer-provided keys, ACL grants) are refused with NotImplemented rather than ignored.
 */
final class Metadata {

    /** Readable at once; the archive classes are accepted too, and then refuse reads as AWS's do. */
    private static final Set<String> STORAGE_CLASSES = Set.of("STANDARD", "REDUCED_REDUNDANCY", "STANDARD_IA",
            "ONEZONE_IA", "INTELLIGENT_TIERING", "GLACIER", "DEEP_ARCHIVE", "GLACIER_IR", "OUTPOSTS", "SNOW",
            "EXPRESS_ONEZONE");
    private static final List<String> NOT_MODELLED = List.of("x-amz-tagging", "x-amz-website-redirect-location",
            "x-amz-object-lock-mode", "x-amz-object-lock-retain-until-date", "x-amz-object-lock-legal-hold",
            "x-amz-server-side-encryption-customer-algorithm", "x-amz-server-side-encryption-customer-key",
            "x-amz-grant-full-control", "x-amz-grant-read", "x-amz-grant-read-acp", "x-amz-grant-write-acp");
    private static final Set<String> CANNED_ACLS = Set.of("private", "bucket-owner-full-control");
    private static final int MAX_USER_METADATA_BYTES = 2048;

    private Metadata() {
    }

    static ObjectMetadata fromHeaders(S3Request req) {
        refuseNotModelled(req);
        String storageClass = req.header("x-amz-storage-class");
        if (storageClass != null && !STORAGE_CLASSES.contains(storageClass)) {
            throw S3Errors.INVALID_STORAGE_CLASS.exception("The storage class you specified is not valid")
                    .detail("StorageClassRequested", storageClass);
        }
        String sse = req.header("x-amz-server-side-encryption");
        if (sse != null && !sse.equals("AES256") && !sse.equals("aws:kms") && !sse.equals("aws:kms:dsse")) {
            throw S3Errors.invalidArgument("The encryption method specified is not supported",
                    "x-amz-server-side-encryption", sse);
        }
        return new ObjectMetadata(req.header("content-type"), contentEncoding(req.header("content-encoding")),
                req.header("content-disposition"), req.header("content-language"), req.header("cache-control"),
                req.header("expires"), storageClass, userMetadata(req), sse,
                sse != null && sse.startsWith("aws:kms") ? req.header("x-amz-server-side-encryption-aws-kms-key-id")
                        : null);
    }

    /** The headers a GET or HEAD answers an object's metadata with. */
    static void toHeaders(ObjectMetadata m, S3Reply reply) {
        reply.header("Content-Encoding", m.contentEncoding()).header("Content-Disposition", m.contentDisposition())
                .header("Content-Language", m.contentLanguage()).header("Cache-Control", m.cacheControl())
                .header("Expires", m.expires());
        m.userMetadata().forEach((k, v) -> reply.header("x-amz-meta-" + k, v));
        encryptionHeaders(m, reply);
        if (!m.storageClass().equals("STANDARD")) {
            reply.header("x-amz-storage-class", m.storageClass());
        }
    }

    static void encryptionHeaders(ObjectMetadata m, S3Reply reply) {
        reply.header("x-amz-server-side-encryption", m.serverSideEncryption())
                .header("x-amz-server-side-encryption-aws-kms-key-id", m.kmsKeyId());
    }

    /**
     * {@code aws-chunked} only describes how the body travelled (SigV4 streaming); S3 stores what is left, and
     * nothing when that was all.
     */
    static String contentEncoding(String header) {
        if (header == null) {
            return null;
        }
        StringBuilder kept = new StringBuilder();
        for (String part : header.split(",")) {
            String p = part.trim();
            if (!p.isEmpty() && !p.equalsIgnoreCase("aws-chunked")) {
                kept.append(kept.length() == 0 ? "" : ",").append(p);
            }
        }
        return kept.length() == 0 ? null : kept.toString();
    }

    private static Map<String, String> userMetadata(S3Request req) {
        Map<String, String> meta = new LinkedHashMap<>();
        int bytes = 0;
        for (Map.Entry<String, List<String>> h : req.http().headers().entrySet()) {
            if (h.getKey().startsWith("x-amz-meta-")) {
                String name = h.getKey().substring("x-amz-meta-".length()).toLowerCase(Locale.ROOT);
                String value = String.join(",", h.getValue());
                meta.put(name, value);
                bytes += name.getBytes(StandardCharsets.UTF_8).length + value.getBytes(StandardCharsets.UTF_8).length;
            }
        }
        if (bytes > MAX_USER_METADATA_BYTES) {
            throw S3Errors.METADATA_TOO_LARGE.exception("Your metadata headers exceed the maximum allowed metadata "
                    + "size.").detail("Size", String.valueOf(bytes))
                    .detail("MaxSizeAllowed", String.valueOf(MAX_USER_METADATA_BYTES));
        }
        return meta;
    }

    private static void refuseNotModelled(S3Request req) {
        for (String h : NOT_MODELLED) {
            if (req.header(h) != null) {
                throw S3Errors.notImplemented(h);
            }
        }
        String acl = req.header("x-amz-acl");
        if (acl != null && !CANNED_ACLS.contains(acl)) {
            throw S3Errors.notImplemented("x-amz-acl");
        }
    }
}
