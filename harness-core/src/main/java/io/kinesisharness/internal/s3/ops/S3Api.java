package io.kinesisharness.internal.s3.ops;

import io.kinesisharness.internal.dispatch.AwsReply;
import io.kinesisharness.internal.dispatch.RestHandler;
import io.kinesisharness.internal.dispatch.RestRequest;
import io.kinesisharness.internal.errors.AwsException;
import io.kinesisharness.internal.protocol.restxml.XmlWriter;
import io.kinesisharness.internal.s3.S3Errors;
import io.kinesisharness.internal.s3.model.Bucket;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * S3's front door: tells the operation from the method, the addressed bucket and key, and the query's
 * subresource, as S3 does; answers errors as S3's XML (no body for HEAD). A subresource of a feature the harness
 * does not serve (ACLs, tagging, versioning, …) gets S3's NotImplemented, never a silent success.
 */
public final class S3Api implements RestHandler {

    /** An error detail whose name starts so is sent as that response header instead of an XML element. */
    static final String HEADER_DETAIL = "header:";

    private static final Logger LOG = LoggerFactory.getLogger(S3Api.class);
    private static final Set<String> BUCKET_SUBRESOURCES = Set.of("acl", "cors", "lifecycle", "policy",
            "policyStatus", "tagging", "versioning", "website", "logging", "notification", "replication",
            "requestPayment", "accelerate", "encryption", "analytics", "inventory", "metrics", "intelligent-tiering",
            "object-lock", "ownershipControls", "publicAccessBlock", "session", "versions", "metadataTable",
            "metadataConfiguration", "metadataInventoryTable", "metadataJournalTable", "abac");
    private static final Set<String> OBJECT_SUBRESOURCES = Set.of("acl", "tagging", "attributes", "legal-hold",
            "retention", "torrent", "restore", "select", "renameObject", "annotation", "encryption");

    private final S3State state;
    private final BucketOperations buckets;
    private final ObjectOperations objects;
    private final ListOperations lists;
    private final MultipartOperations multipart;

    public S3Api(S3State state) {
        this.state = state;
        this.buckets = new BucketOperations(state);
        this.objects = new ObjectOperations(state);
        this.lists = new ListOperations(state);
        this.multipart = new MultipartOperations(state);
    }

    @Override
    public AwsReply handle(RestRequest http) {
        String requestId = requestId();
        boolean head = http.method().equals("HEAD");
        S3Reply reply;
        try {
            reply = route(S3Request.parse(http, state.defaults()));
        } catch (AwsException e) {
            reply = error(e, requestId, http.path(), head);
        } catch (Bucket.Deleted e) {
            reply = error(S3Errors.noSuchBucket(e.getMessage()), requestId, http.path(), head);
        } catch (RuntimeException e) {
            LOG.error("Internal failure answering S3 {} {}", http.method(), http.path(), e);
            reply = error(S3Errors.INTERNAL_ERROR.exception("We encountered an internal error. Please try again."),
                    requestId, http.path(), head);
        }
        Map<String, String> headers = new LinkedHashMap<>(reply.headers);
        headers.put("x-amz-request-id", requestId);
        headers.put("x-amz-id-2", hostId());
        byte[] body = reply.body;
        if (head) {
            headers.putIfAbsent("Content-Length", String.valueOf(body.length));
            body = null;
        }
        // No error code for the transport to stamp: S3 names its errors in the body only.
        return AwsReply.withHeaders(reply.status, reply.contentType, body, headers, null);
    }

    private S3Reply route(S3Request req) {
        if (req.bucket() == null) {
            if (req.method().equals("GET")) {
                return buckets.listBuckets(req);
            }
            throw methodNotAllowed(req.method(), "SERVICE");
        }
        return req.key() == null ? bucketLevel(req) : objectLevel(req);
    }

    private S3Reply bucketLevel(S3Request req) {
        refuseSubresources(req, BUCKET_SUBRESOURCES);
        return switch (req.method()) {
            case "GET" -> {
                if (req.has("location")) {
                    yield buckets.location(req);
                }
                if (req.has("uploads")) {
                    yield multipart.listUploads(req);
                }
                yield "2".equals(req.param("list-type")) ? lists.listObjectsV2(req) : lists.listObjects(req);
            }
            case "PUT" -> buckets.create(req);
            case "DELETE" -> buckets.delete(req);
            case "HEAD" -> buckets.head(req);
            case "POST" -> {
                if (req.has("delete")) {
                    yield objects.deleteObjects(req);
                }
                throw methodNotAllowed("POST", "BUCKET");
            }
            default -> throw methodNotAllowed(req.method(), "BUCKET");
        };
    }

    private S3Reply objectLevel(S3Request req) {
        refuseSubresources(req, OBJECT_SUBRESOURCES);
        return switch (req.method()) {
            case "GET" -> req.has("uploadId") ? multipart.listParts(req) : objects.get(req, false);
            case "HEAD" -> objects.get(req, true);
            case "PUT" -> {
                if (req.has("uploadId") || req.has("partNumber")) {
                    if (req.header("x-amz-copy-source") != null) {
                        throw S3Errors.notImplemented("x-amz-copy-source");
                    }
                    yield multipart.uploadPart(req);
                }
                yield req.header("x-amz-copy-source") != null ? objects.copy(req) : objects.put(req);
            }
            case "DELETE" -> req.has("uploadId") ? multipart.abort(req) : objects.delete(req);
            case "POST" -> {
                if (req.has("uploads")) {
                    yield multipart.create(req);
                }
                if (req.has("uploadId")) {
                    yield multipart.complete(req);
                }
                throw methodNotAllowed("POST", "OBJECT");
            }
            default -> throw methodNotAllowed(req.method(), "OBJECT");
        };
    }

    private static void refuseSubresources(S3Request req, Set<String> subresources) {
        for (String name : req.query().keySet()) {
            if (subresources.contains(name)) {
                throw S3Errors.notImplemented(null).detail("Subresource", name);
            }
        }
    }

    private static AwsException methodNotAllowed(String method, String resourceType) {
        return S3Errors.METHOD_NOT_ALLOWED.exception("The specified method is not allowed against this resource.")
                .detail("Method", method).detail("ResourceType", resourceType);
    }

    /** {@code <Error><Code/><Message/>…details…<RequestId/><HostId/></Error>}; a HEAD answer carries only the status. */
    private static S3Reply error(AwsException e, String requestId, String path, boolean head) {
        S3Reply reply = S3Reply.status(e.status());
        XmlWriter xml = XmlWriter.document("Error", null).element("Code", e.code()).element("Message", e.getMessage());
        for (Map.Entry<String, String> d : e.details().entrySet()) {
            if (d.getKey().startsWith(HEADER_DETAIL)) {
                reply.header(d.getKey().substring(HEADER_DETAIL.length()), d.getValue());
            } else {
                xml.element(d.getKey(), d.getValue());
            }
        }
        if (e.status() == 304) {
            return reply;
        }
        xml.element("RequestId", requestId).element("HostId", hostId());
        return reply.body(xml.toBytes(), S3Reply.XML);
    }

    /** Sixteen upper-case letters and digits, as AWS's request ids look. */
    private static String requestId() {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        char[] id = new char[16];
        for (int i = 0; i < id.length; i++) {
            int v = r.nextInt(36);
            id[i] = (char) (v < 10 ? '0' + v : 'A' + v - 10);
        }
        return new String(id);
    }

    private static String hostId() {
        byte[] id = new byte[56];
        ThreadLocalRandom.current().nextBytes(id);
        return Base64.getEncoder().encodeToString(id);
    }
}
