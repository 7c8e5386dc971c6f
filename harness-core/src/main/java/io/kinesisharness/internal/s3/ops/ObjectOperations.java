package io.kinesisharness.internal.s3.ops;

import io.kinesisharness.internal.protocol.restxml.XmlReader;
import io.kinesisharness.internal.protocol.restxml.XmlWriter;
import io.kinesisharness.internal.s3.S3Errors;
import io.kinesisharness.internal.s3.model.Bucket;
import io.kinesisharness.internal.s3.model.ChecksumAlgorithm;
import io.kinesisharness.internal.s3.model.ObjectChecksum;
import io.kinesisharness.internal.s3.model.ObjectMetadata;
import io.kinesisharness.internal.s3.model.StoredObject;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** PutObject, GetObject, HeadObject, DeleteObject, DeleteObjects and CopyObject. */
final class ObjectOperations {

    static final int MAX_KEY_BYTES = 1024;
    private static final int MAX_DELETE_KEYS = 1000;
    private static final long[] NO_PARTS = new long[0];
    private static final Map<String, String> RESPONSE_OVERRIDES = responseOverrides();

    private final S3State state;

    ObjectOperations(S3State state) {
        this.state = state;
    }

    S3Reply put(S3Request req) {
        Bucket bucket = state.bucket(req);
        checkKey(req.key());
        Conditions.Write condition = Conditions.write(req);
        ObjectMetadata metadata = Metadata.fromHeaders(req);
        Payload payload = Payload.read(req);
        ObjectChecksum checksum = payload.checksum();
        StoredObject object = new StoredObject(req.key(), payload.data(), payload.etag(),
                S3Time.toSeconds(state.now()), metadata, checksum, NO_PARTS);
        store(bucket, object, condition);
        S3Reply reply = S3Reply.ok().header("ETag", object.quotedEtag());
        checksumHeaders(checksum, reply);
        Metadata.encryptionHeaders(metadata, reply);
        return reply;
    }

    /** Stores an object, holding a conditional write to the key's state at the very moment of the write. */
    static void store(Bucket bucket, StoredObject object, Conditions.Write condition) {
        if (!condition.any()) {
            bucket.put(object);
            return;
        }
        while (true) {
            StoredObject current = bucket.get(object.key());
            Conditions.checkWrite(condition, current, object.key());
            boolean stored = current == null ? bucket.putIfAbsent(object) : bucket.replace(current, object);
            if (stored) {
                return;
            }
            // Another write came between the check and ours: check again against what it left.
        }
    }

    /** GetObject and HeadObject: conditions, then one range or part, or the whole object. */
    S3Reply get(S3Request req, boolean head) {
        Bucket bucket = state.bucket(req);
        StoredObject o = bucket.get(req.key());
        if (o == null) {
            throw S3Errors.noSuchKey(req.key());
        }
        checkVersion(req);
        Conditions.checkRead(req, o, state.now());
        if (o.metadata().archived() && !head) {
            throw S3Errors.INVALID_OBJECT_STATE.exception("The operation is not valid for the object's storage class")
                    .detail("StorageClass", o.metadata().storageClass());
        }
        String partNumber = req.param("partNumber");
        String range = req.header("range");
        if (partNumber != null && range != null) {
            throw S3Errors.INVALID_REQUEST.exception("Cannot specify both Range header and partNumber query "
                    + "parameter");
        }
        long[] span = partNumber != null ? partSpan(o, partNumber) : Ranges.of(range, o.size());
        S3Reply reply = span == null ? S3Reply.ok() : S3Reply.status(206);
        reply.header("Last-Modified", S3Time.http(o.lastModifiedMillis())).header("ETag", o.quotedEtag())
                .header("Accept-Ranges", "bytes");
        Metadata.toHeaders(o.metadata(), reply);
        if (partNumber != null) {
            reply.header("x-amz-mp-parts-count", Math.max(1, o.partSizes().length));
        }
        // AWS sends checksums only when asked, and never for a part of an object.
        if (span == null && "ENABLED".equalsIgnoreCase(req.header("x-amz-checksum-mode"))) {
            checksumHeaders(o.checksum(), reply);
        }
        byte[] body = o.data();
        if (span != null) {
            reply.header("Content-Range", "bytes " + span[0] + "-" + span[1] + "/" + o.size());
            body = Arrays.copyOfRange(o.data(), (int) span[0], (int) span[1] + 1);
        }
        String contentType = o.metadata().contentType();
        for (Map.Entry<String, String> override : RESPONSE_OVERRIDES.entrySet()) {
            String value = req.param(override.getKey());
            if (value != null) {
                if (override.getValue().equals("Content-Type")) {
                    contentType = value;
                } else {
                    reply.header(override.getValue(), value);
                }
            }
        }
        return reply.body(body, contentType);
    }

    /** The object's access control list: its bucket owner's full control (ACLs disabled, as by default). */
    S3Reply acl(S3Request req) {
        Bucket bucket = state.bucket(req);
        if (bucket.get(req.key()) == null) {
            throw S3Errors.noSuchKey(req.key());
        }
        return S3Reply.xml(BucketOperations.ownerOnlyAcl(bucket.ownerAccount()));
    }

    /** Deleting a key that holds nothing succeeds too, as on AWS. */
    S3Reply delete(S3Request req) {
        Bucket bucket = state.bucket(req);
        checkVersion(req);
        bucket.remove(req.key());
        return S3Reply.noContent();
    }

    S3Reply deleteObjects(S3Request req) {
        Bucket bucket = state.bucket(req);
        XmlReader.Element root;
        try {
            root = XmlReader.parse(req.http().body());
        } catch (IllegalArgumentException e) {
            throw S3Errors.malformedXml();
        }
        List<XmlReader.Element> objects = root.children("Object");
        if (!root.name().equals("Delete") || objects.isEmpty() || objects.size() > MAX_DELETE_KEYS) {
            throw S3Errors.malformedXml();
        }
        boolean quiet = "true".equalsIgnoreCase(root.childText("Quiet"));
        XmlWriter xml = XmlWriter.document("DeleteResult", BucketOperations.NAMESPACE);
        for (XmlReader.Element o : objects) {
            String key = o.childText("Key");
            if (key == null) {
                throw S3Errors.malformedXml();
            }
            String version = o.childText("VersionId");
            if (version != null && !version.equals("null")) {
                xml.start("Error").element("Key", key).element("VersionId", version).element("Code", "NoSuchVersion")
                        .element("Message", "The specified version does not exist.").end();
                continue;
            }
            bucket.remove(key);
            if (!quiet) {
                xml.start("Deleted").element("Key", key).end();
            }
        }
        return S3Reply.xml(xml);
    }

    /**
     * CopyObject: the source's bytes under a new key, with the source's metadata (COPY) or the request's
     * (REPLACE). A copy onto itself must change something, as AWS insists.
     */
    S3Reply copy(S3Request req) {
        Bucket target = state.bucket(req);
        checkKey(req.key());
        String[] source = copySource(req.header("x-amz-copy-source"));
        Bucket from = state.bucket(new S3Request(req.http(), source[0], source[1], req.query(), req.scope(),
                req.anonymous()), "x-amz-source-expected-bucket-owner");
        StoredObject original = from.get(source[1]);
        if (original == null) {
            throw S3Errors.noSuchKey(source[1]);
        }
        Conditions.checkCopySource(req, original, state.now());
        if (original.metadata().archived()) {
            throw S3Errors.INVALID_OBJECT_STATE.exception("Operation is not valid for the source object's storage "
                    + "class").detail("StorageClass", original.metadata().storageClass());
        }
        String directive = req.header("x-amz-metadata-directive");
        boolean replace = "REPLACE".equals(directive);
        if (directive != null && !replace && !directive.equals("COPY")) {
            throw S3Errors.invalidArgument("Unknown metadata directive.", "x-amz-metadata-directive", directive);
        }
        ObjectMetadata metadata = replace ? Metadata.fromHeaders(req) : copiedMetadata(original.metadata(), req);
        boolean sameObject = from == target && source[1].equals(req.key());
        if (sameObject && !replace && req.header("x-amz-storage-class") == null
                && req.header("x-amz-server-side-encryption") == null) {
            throw S3Errors.INVALID_REQUEST.exception("This copy request is illegal because it is trying to copy an "
                    + "object to itself without changing the object's metadata, storage class, website redirect "
                    + "location or encryption attributes.");
        }
        ChecksumAlgorithm algorithm = ChecksumAlgorithm.of(req.header("x-amz-checksum-algorithm"));
        if (algorithm == null) {
            algorithm = original.checksum().algorithm();
        }
        byte[] data = original.data();
        StoredObject copy = new StoredObject(req.key(), data, HexFormat.of().formatHex(Payload.md5(data)),
                S3Time.toSeconds(state.now()), metadata, ObjectChecksum.of(algorithm, data), NO_PARTS);
        store(target, copy, Conditions.write(req));
        XmlWriter xml = XmlWriter.document("CopyObjectResult", BucketOperations.NAMESPACE)
                .element("LastModified", S3Time.iso(copy.lastModifiedMillis())).element("ETag", copy.quotedEtag())
                .element(copy.checksum().algorithm().element(), copy.checksum().value())
                .element("ChecksumType", copy.checksum().type());
        S3Reply reply = S3Reply.xml(xml);
        Metadata.encryptionHeaders(metadata, reply);
        return reply;
    }

    static void checksumHeaders(ObjectChecksum checksum, S3Reply reply) {
        reply.header(checksum.algorithm().header(), checksum.value()).header("x-amz-checksum-type", checksum.type());
    }

    static void checkKey(String key) {
        if (key.getBytes(StandardCharsets.UTF_8).length > MAX_KEY_BYTES) {
            throw S3Errors.KEY_TOO_LONG.exception("Your key is too long.")
                    .detail("Size", String.valueOf(key.getBytes(StandardCharsets.UTF_8).length))
                    .detail("MaxSizeAllowed", String.valueOf(MAX_KEY_BYTES));
        }
    }

    /** Buckets here are never versioned: only the "null" version exists. */
    private static void checkVersion(S3Request req) {
        String version = req.param("versionId");
        if (version != null && !version.equals("null")) {
            throw S3Errors.invalidArgument("Invalid version id specified", "versionId", version);
        }
    }

    /** COPY keeps the source's metadata; a storage class or encryption in the request still applies. */
    private static ObjectMetadata copiedMetadata(ObjectMetadata m, S3Request req) {
        ObjectMetadata asked = Metadata.fromHeaders(req);
        String storageClass = req.header("x-amz-storage-class") != null ? asked.storageClass() : m.storageClass();
        boolean sse = req.header("x-amz-server-side-encryption") != null;
        return new ObjectMetadata(m.contentType(), m.contentEncoding(), m.contentDisposition(), m.contentLanguage(),
                m.cacheControl(), m.expires(), storageClass, m.userMetadata(),
                sse ? asked.serverSideEncryption() : m.serverSideEncryption(), sse ? asked.kmsKeyId() : m.kmsKeyId());
    }

    /** {@code bucket/key} or {@code /bucket/key}, URL-encoded, perhaps with {@code ?versionId=}. */
    private static String[] copySource(String header) {
        String s = header.trim();
        int q = s.indexOf('?');
        String version = null;
        if (q >= 0) {
            String query = s.substring(q + 1);
            s = s.substring(0, q);
            if (query.startsWith("versionId=")) {
                version = query.substring("versionId=".length());
            }
        }
        String decoded = URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
        if (decoded.startsWith("/")) {
            decoded = decoded.substring(1);
        }
        int slash = decoded.indexOf('/');
        if (slash <= 0 || slash == decoded.length() - 1) {
            throw S3Errors.invalidArgument("Invalid copy source object key", "x-amz-copy-source", header);
        }
        if (version != null && !version.equals("null")) {
            throw S3Errors.invalidArgument("Invalid version id specified", "x-amz-copy-source", header);
        }
        return new String[] {decoded.substring(0, slash), decoded.substring(slash + 1)};
    }

    /** The bytes of one part of a multipart object; a single PUT is one part. */
    private static long[] partSpan(StoredObject o, String partNumber) {
        int n;
        try {
            n = Integer.parseInt(partNumber);
        } catch (NumberFormatException e) {
            n = -1;
        }
        if (n < 1 || n > MultipartOperations.MAX_PARTS) {
            throw S3Errors.invalidArgument("Part number must be an integer between 1 and 10000, inclusive",
                    "partNumber", partNumber);
        }
        long[] sizes = o.partSizes().length == 0 ? new long[] {o.size()} : o.partSizes();
        if (n > sizes.length) {
            throw S3Errors.INVALID_PART_NUMBER.exception("The requested partnumber is not satisfiable")
                    .detail("PartNumberRequested", String.valueOf(n))
                    .detail("ActualPartCount", String.valueOf(sizes.length));
        }
        long start = 0;
        for (int i = 0; i < n - 1; i++) {
            start += sizes[i];
        }
        return new long[] {start, start + sizes[n - 1] - 1};
    }

    private static Map<String, String> responseOverrides() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("response-content-type", "Content-Type");
        m.put("response-content-language", "Content-Language");
        m.put("response-expires", "Expires");
        m.put("response-cache-control", "Cache-Control");
        m.put("response-content-disposition", "Content-Disposition");
        m.put("response-content-encoding", "Content-Encoding");
        return m;
    }
}
