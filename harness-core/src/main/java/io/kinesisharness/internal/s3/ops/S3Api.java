package io.kinesisharness.internal.s3.ops;

import io.kinesisharness.internal.dispatch.AwsReply;
import io.kinesisharness.internal.dispatch.RestHandler;
import io.kinesisharness.internal.dispatch.RestRequest;
import io.kinesisharness.internal.errors.AwsException;
import io.kinesisharness.internal.errors.ErrorCode;
import io.kinesisharness.internal.faults.FaultInjector;
import io.kinesisharness.internal.protocol.restxml.XmlWriter;
import io.kinesisharness.internal.s3.S3Errors;
import io.kinesisharness.internal.s3.access.S3Access;
import io.kinesisharness.internal.s3.model.Bucket;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * S3's front door: tells the operation from the method, the addressed bucket and key, and the query's
 * subresource, as S3 does; applies the harness's fault rules to it by its AWS name ({@code PutObject}); answers
 * errors as S3's XML (no body for HEAD). A subresource of a feature the harness
 * does not serve (ACLs, tagging, versioning, …) gets S3's NotImplemented, never a silent success.
 */
public final class S3Api implements RestHandler {

    /** An error detail whose name starts so is sent as that response header instead of an XML element. */
    static final String HEADER_DETAIL = "header:";

    private static final Logger LOG = LoggerFactory.getLogger(S3Api.class);
    private static final Set<String> BUCKET_SUBRESOURCES = Set.of("cors", "lifecycle", "policy",
            "policyStatus", "tagging", "versioning", "website", "logging", "notification", "replication",
            "requestPayment", "accelerate", "encryption", "analytics", "inventory", "metrics", "intelligent-tiering",
            "object-lock", "ownershipControls", "publicAccessBlock", "session", "versions", "metadataTable",
            "metadataConfiguration", "metadataInventoryTable", "metadataJournalTable", "abac");
    private static final Set<String> OBJECT_SUBRESOURCES = Set.of("tagging", "attributes", "legal-hold",
            "retention", "torrent", "restore", "select", "renameObject", "annotation", "encryption");

    private final S3State state;
    private final FaultInjector faults;
    private final BucketOperations buckets;
    private final ObjectOperations objects;
    private final ListOperations lists;
    private final MultipartOperations multipart;

    public S3Api(S3State state, FaultInjector faults) {
        this.state = state;
        this.faults = faults;
        this.buckets = new BucketOperations(state);
        this.objects = new ObjectOperations(state);
        this.lists = new ListOperations(state);
        this.multipart = new MultipartOperations(state);
    }

    /** One S3 operation as AWS names it, and what answers it. */
    private record Operation(String name, Function<S3Request, S3Reply> handler) {
    }

    @Override
    public AwsReply handle(RestRequest http) {
        String requestId = requestId();
        boolean head = http.method().equals("HEAD");
        S3Reply reply;
        long delayMillis = 0;
        try {
            S3Request req = S3Request.parse(http, state.defaults());
            // S3 authenticates before it routes: an expired URL is refused whatever it addresses.
            PresignedExpiry.check(req.query(), state.now());
            Operation op = route(req);
            FaultInjector.Fault fault = faults.onCall(S3Access.SERVICE, op.name());
            if (fault != null && fault.rule().latency() != null) {
                delayMillis = fault.rule().latency().toMillis();
            }
            if (fault != null && fault.rule().errorCode() != null) {
                ErrorCode code = faults.error(fault.rule());
                throw code.exception(fault.rule().message() != null ? fault.rule().message()
                        : "Injected fault: " + code.code());
            }
            reply = op.handler().apply(req);
        } catch (AwsException e) {
            reply = error(e, requestId, head);
        } catch (Bucket.Deleted e) {
            reply = error(S3Errors.noSuchBucket(e.getMessage()), requestId, head);
        } catch (RuntimeException e) {
            LOG.error("Internal failure answering S3 {} {}", http.method(), http.path(), e);
            reply = error(S3Errors.INTERNAL_ERROR.exception("We encountered an internal error. Please try again."),
                    requestId, head);
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
        return AwsReply.withHeaders(reply.status, reply.contentType, body, headers, null).delayed(delayMillis);
    }

    /** The operation a request is, told as S3 tells it: method, bucket and key, then the query's subresource. */
    private Operation route(S3Request req) {
        if (req.bucket() == null) {
            if (req.method().equals("GET")) {
                return new Operation("ListBuckets", buckets::listBuckets);
            }
            throw methodNotAllowed(req.method(), "SERVICE");
        }
        return req.key() == null ? bucketLevel(req) : objectLevel(req);
    }

    private Operation bucketLevel(S3Request req) {
        refuseSubresources(req, BUCKET_SUBRESOURCES);
        return switch (req.method()) {
            case "GET" -> {
                if (req.has("acl")) {
                    yield new Operation("GetBucketAcl", buckets::acl);
                }
                if (req.has("location")) {
                    yield new Operation("GetBucketLocation", buckets::location);
                }
                if (req.has("uploads")) {
                    yield new Operation("ListMultipartUploads", multipart::listUploads);
                }
                yield "2".equals(req.param("list-type")) ? new Operation("ListObjectsV2", lists::listObjectsV2)
                        : new Operation("ListObjects", lists::listObjects);
            }
            case "PUT" -> {
                refuseSubresource(req, "acl");
                yield new Operation("CreateBucket", buckets::create);
            }
            case "DELETE" -> new Operation("DeleteBucket", buckets::delete);
            case "HEAD" -> new Operation("HeadBucket", buckets::head);
            case "POST" -> {
                if (req.has("delete")) {
                    yield new Operation("DeleteObjects", objects::deleteObjects);
                }
                throw methodNotAllowed("POST", "BUCKET");
            }
            default -> throw methodNotAllowed(req.method(), "BUCKET");
        };
    }

    private Operation objectLevel(S3Request req) {
        refuseSubresources(req, OBJECT_SUBRESOURCES);
        return switch (req.method()) {
            case "GET" -> {
                if (req.has("acl")) {
                    yield new Operation("GetObjectAcl", objects::acl);
                }
                yield req.has("uploadId") ? new Operation("ListParts", multipart::listParts)
                        : new Operation("GetObject", r -> objects.get(r, false));
            }
            case "HEAD" -> new Operation("HeadObject", r -> objects.get(r, true));
            case "PUT" -> {
                refuseSubresource(req, "acl");
                if (req.has("uploadId") || req.has("partNumber")) {
                    if (req.header("x-amz-copy-source") != null) {
                        throw S3Errors.notImplemented("x-amz-copy-source");
                    }
                    yield new Operation("UploadPart", multipart::uploadPart);
                }
                yield req.header("x-amz-copy-source") != null ? new Operation("CopyObject", objects::copy)
                        : new Operation("PutObject", objects::put);
            }
            case "DELETE" -> req.has("uploadId") ? new Operation("AbortMultipartUpload", multipart::abort)
                    : new Operation("DeleteObject", objects::delete);
            case "POST" -> {
                if (req.has("uploads")) {
                    yield new Operation("CreateMultipartUpload", multipart::create);
                }
                if (req.has("uploadId")) {
                    yield new Operation("CompleteMultipartUpload", multipart::complete);
                }
                throw methodNotAllowed("POST", "OBJECT");
            }
            default -> throw methodNotAllowed(req.method(), "OBJECT");
        };
    }

    private static void refuseSubresource(S3Request req, String name) {
        if (req.has(name)) {
            throw S3Errors.notImplemented(null).detail("Subresource", name);
        }
    }

    private static void refuseSubresources(S3Request req, Set<String> subresources) {
        for (String name : req.query().keySet()) {
            if (subresources.contains(name)) {
                refuseSubresource(req, name);
            }
        }
    }

    private static AwsException methodNotAllowed(String method, String resourceType) {
        return S3Errors.METHOD_NOT_ALLOWED.exception("The specified method is not allowed against this resource.")
                .detail("Method", method).detail("ResourceType", resourceType);
    }

    /** {@code <Error><Code/><Message/>…details…<RequestId/><HostId/></Error>}; a HEAD answer carries only the status. */
    private static S3Reply error(AwsException e, String requestId, boolean head) {
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
