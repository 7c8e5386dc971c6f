package io.kinesisharness.internal.s3.ops;

import io.kinesisharness.internal.protocol.restxml.XmlReader;
import io.kinesisharness.internal.protocol.restxml.XmlWriter;
import io.kinesisharness.internal.s3.S3Errors;
import io.kinesisharness.internal.s3.model.Bucket;
import io.kinesisharness.internal.s3.model.ChecksumAlgorithm;
import io.kinesisharness.internal.s3.model.KeyOrder;
import io.kinesisharness.internal.s3.model.MultipartUpload;
import io.kinesisharness.internal.s3.model.ObjectChecksum;
import io.kinesisharness.internal.s3.model.ObjectMetadata;
import io.kinesisharness.internal.s3.model.StoredObject;
import io.kinesisharness.internal.s3.model.UploadedPart;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Multipart uploads: Create, UploadPart, Complete, Abort, ListParts and ListMultipartUploads, with S3's rules
 * (part numbers 1 to 10,000; every part but the last at least 5 MiB; parts listed in ascending order with their
 * entity tags) and its checksums (composite {@code …-N} or full-object).
 */
final class MultipartOperations {

    static final int MAX_PARTS = 10_000;
    static final long MIN_PART_BYTES = 5L * 1024 * 1024;
    private static final int MAX_LISTED = 1000;

    private final S3State state;

    MultipartOperations(S3State state) {
        this.state = state;
    }

    S3Reply create(S3Request req) {
        Bucket bucket = state.bucket(req);
        ObjectOperations.checkKey(req.key());
        ObjectMetadata metadata = Metadata.fromHeaders(req);
        String algorithmName = req.header("x-amz-checksum-algorithm");
        String type = req.header("x-amz-checksum-type");
        ChecksumAlgorithm algorithm = ChecksumAlgorithm.of(algorithmName);
        if (algorithmName != null && algorithm == null) {
            throw S3Errors.INVALID_REQUEST.exception("Checksum algorithm provided is unsupported. Please try again "
                    + "with any of the valid types: [CRC32, CRC32C, CRC64NVME, SHA1, SHA256]");
        }
        if (type != null && algorithm == null) {
            throw S3Errors.INVALID_REQUEST.exception("The x-amz-checksum-type header can only be used with the "
                    + "x-amz-checksum-algorithm header.");
        }
        if (algorithm != null) {
            if (type == null) {
                type = algorithm.allowsComposite() ? ObjectChecksum.COMPOSITE : ObjectChecksum.FULL_OBJECT;
            } else if (!type.equals(ObjectChecksum.COMPOSITE) && !type.equals(ObjectChecksum.FULL_OBJECT)) {
                throw S3Errors.invalidArgument("Value for x-amz-checksum-type header is invalid.",
                        "x-amz-checksum-type", type);
            }
            boolean allowed = type.equals(ObjectChecksum.COMPOSITE) ? algorithm.allowsComposite()
                    : algorithm.allowsFullObject();
            if (!allowed) {
                throw S3Errors.INVALID_REQUEST.exception("The " + type + " checksum type cannot be used with the "
                        + algorithm.name().toLowerCase(Locale.ROOT) + " checksum algorithm.");
            }
        }
        MultipartUpload upload = new MultipartUpload(uploadId(), req.key(), state.now(), req.scope().accountId(),
                metadata, algorithm, type);
        bucket.addUpload(upload);
        XmlWriter xml = XmlWriter.document("InitiateMultipartUploadResult", BucketOperations.NAMESPACE)
                .element("Bucket", bucket.name()).element("Key", req.key()).element("UploadId", upload.uploadId());
        S3Reply reply = S3Reply.xml(xml).header("x-amz-checksum-algorithm", algorithm == null ? null : algorithm.name())
                .header("x-amz-checksum-type", type);
        Metadata.encryptionHeaders(metadata, reply);
        return reply;
    }

    S3Reply uploadPart(S3Request req) {
        Bucket bucket = state.bucket(req);
        int partNumber = partNumber(req.param("partNumber"));
        MultipartUpload upload = upload(bucket, req);
        Payload payload = Payload.read(req);
        if (upload.checksum() != null && payload.algorithm() != null && payload.algorithm() != upload.checksum()) {
            throw S3Errors.INVALID_REQUEST.exception("Checksum Type mismatch occurred, expected checksum Type: "
                    + lower(upload.checksum()) + ", actual checksum Type: " + lower(payload.algorithm()));
        }
        ChecksumAlgorithm algorithm = upload.checksum() != null ? upload.checksum() : payload.algorithm();
        String checksum = algorithm == null ? null : payload.algorithm() == algorithm && payload.checksumValue() != null
                ? payload.checksumValue().trim() : algorithm.encode(payload.data());
        UploadedPart part = new UploadedPart(partNumber, payload.data(), payload.etag(), state.now(), checksum);
        bucket.write(() -> upload.parts().put(partNumber, part));
        return S3Reply.ok().header("ETag", '"' + part.etag() + '"')
                .header(algorithm == null ? null : algorithm.header(), checksum);
    }

    /**
     * Builds the object from the listed parts (unlisted ones are dropped), after S3's checks in S3's order:
     * well-formed list, ascending part numbers, every part present with its entity tag (and checksum, when the
     * upload is composite), every part but the last at least 5 MiB.
     */
    S3Reply complete(S3Request req) {
        Bucket bucket = state.bucket(req);
        MultipartUpload upload = upload(bucket, req);
        Conditions.Write condition = Conditions.write(req);
        List<XmlReader.Element> listed = partList(req.http().body());
        List<UploadedPart> parts = new ArrayList<>(listed.size());
        int previous = 0;
        for (XmlReader.Element p : listed) {
            int n = partNumber(p.childText("PartNumber"));
            if (n <= previous) {
                throw S3Errors.INVALID_PART_ORDER.exception("The list of parts was not in ascending order. Parts must "
                        + "be ordered by part number.").detail("UploadId", upload.uploadId());
            }
            previous = n;
        }
        for (XmlReader.Element p : listed) {
            int n = partNumber(p.childText("PartNumber"));
            String etag = unquote(p.childText("ETag"));
            UploadedPart part = upload.parts().get(n);
            if (part == null || !part.etag().equals(etag)) {
                throw invalidPart(upload, n, etag);
            }
            if (upload.checksum() != null && ObjectChecksum.COMPOSITE.equals(upload.checksumType())) {
                String given = p.childText(upload.checksum().element());
                if (given == null) {
                    throw S3Errors.INVALID_REQUEST.exception("The upload was created using a "
                            + lower(upload.checksum()) + " checksum. The complete request must include the checksum "
                            + "for each part. It was missing for part " + n + " in the request.");
                }
                if (!given.trim().equals(part.checksum())) {
                    throw invalidPart(upload, n, etag);
                }
            }
            parts.add(part);
        }
        for (int i = 0; i < parts.size() - 1; i++) {
            UploadedPart part = parts.get(i);
            if (part.data().length < MIN_PART_BYTES) {
                throw S3Errors.ENTITY_TOO_SMALL.exception("Your proposed upload is smaller than the minimum allowed "
                        + "size").detail("ProposedSize", String.valueOf(part.data().length))
                        .detail("MinSizeAllowed", String.valueOf(MIN_PART_BYTES))
                        .detail("PartNumber", String.valueOf(part.partNumber())).detail("ETag", part.etag());
            }
        }
        StoredObject object = assemble(upload, parts);
        ObjectOperations.store(bucket, object, condition);
        if (!bucket.removeUpload(upload)) {
            throw S3Errors.noSuchUpload(upload.uploadId());
        }
        XmlWriter xml = XmlWriter.document("CompleteMultipartUploadResult", BucketOperations.NAMESPACE)
                .element("Location", "http://" + req.http().host() + "/" + bucket.name() + "/"
                        + ListOperations.urlEncode(object.key()))
                .element("Bucket", bucket.name()).element("Key", object.key()).element("ETag", object.quotedEtag());
        if (upload.checksum() != null) {
            xml.element(object.checksum().algorithm().element(), object.checksum().value())
                    .element("ChecksumType", object.checksum().type());
        }
        S3Reply reply = S3Reply.xml(xml);
        Metadata.encryptionHeaders(object.metadata(), reply);
        return reply;
    }

    S3Reply abort(S3Request req) {
        Bucket bucket = state.bucket(req);
        MultipartUpload upload = upload(bucket, req);
        if (!bucket.removeUpload(upload)) {
            throw S3Errors.noSuchUpload(upload.uploadId());
        }
        return S3Reply.noContent();
    }

    S3Reply listParts(S3Request req) {
        Bucket bucket = state.bucket(req);
        MultipartUpload upload = upload(bucket, req);
        int max = bounded(req.param("max-parts"), "max-parts");
        int marker = req.param("part-number-marker") == null ? 0
                : nonNegative(req.param("part-number-marker"), "part-number-marker");
        XmlWriter xml = XmlWriter.document("ListPartsResult", BucketOperations.NAMESPACE)
                .element("Bucket", bucket.name()).element("Key", upload.key()).element("UploadId", upload.uploadId())
                .element("PartNumberMarker", marker);
        List<UploadedPart> page = new ArrayList<>();
        boolean truncated = false;
        for (UploadedPart p : upload.parts().tailMap(marker, false).values()) {
            if (page.size() == max) {
                truncated = true;
                break;
            }
            page.add(p);
        }
        int next = page.isEmpty() ? 0 : page.get(page.size() - 1).partNumber();
        xml.element("NextPartNumberMarker", next).element("MaxParts", max).element("IsTruncated", truncated);
        for (UploadedPart p : page) {
            xml.start("Part").element("PartNumber", p.partNumber()).element("LastModified",
                    S3Time.iso(p.lastModifiedMillis())).element("ETag", '"' + p.etag() + '"')
                    .element("Size", p.data().length);
            if (upload.checksum() != null) {
                xml.element(upload.checksum().element(), p.checksum());
            }
            xml.end();
        }
        owners(xml, upload.ownerAccount());
        xml.element("StorageClass", upload.metadata().storageClass());
        if (upload.checksum() != null) {
            xml.element("ChecksumAlgorithm", upload.checksum().name()).element("ChecksumType", upload.checksumType());
        }
        return S3Reply.xml(xml);
    }

    /** Uploads in progress by key, then by when they began; markers as AWS sets them, even on the last page. */
    S3Reply listUploads(S3Request req) {
        Bucket bucket = state.bucket(req);
        int max = bounded(req.param("max-uploads"), "max-uploads");
        String prefix = req.param("prefix");
        String keyMarker = req.param("key-marker");
        String uploadIdMarker = req.param("upload-id-marker");
        List<MultipartUpload> all = new ArrayList<>(bucket.uploads());
        all.sort(Comparator.comparing(MultipartUpload::key, KeyOrder.UTF8)
                .thenComparingLong(MultipartUpload::initiatedMillis).thenComparing(MultipartUpload::uploadId));
        if (uploadIdMarker != null && keyMarker != null
                && all.stream().noneMatch(u -> u.uploadId().equals(uploadIdMarker))) {
            throw S3Errors.invalidArgument("Invalid uploadId marker", "upload-id-marker", uploadIdMarker);
        }
        List<MultipartUpload> page = new ArrayList<>();
        boolean truncated = false;
        boolean pastMarker = keyMarker == null;
        for (MultipartUpload u : all) {
            if (!pastMarker) {
                int c = KeyOrder.UTF8.compare(u.key(), keyMarker);
                if (c < 0 || (c == 0 && (uploadIdMarker == null || !u.uploadId().equals(uploadIdMarker)))) {
                    continue;
                }
                if (c == 0) {
                    // The upload the marker names: the next page starts after it.
                    pastMarker = true;
                    continue;
                }
                pastMarker = true;
            }
            if (prefix != null && !u.key().startsWith(prefix)) {
                continue;
            }
            if (page.size() == max) {
                truncated = true;
                break;
            }
            page.add(u);
        }
        MultipartUpload last = page.isEmpty() ? null : page.get(page.size() - 1);
        XmlWriter xml = XmlWriter.document("ListMultipartUploadsResult", BucketOperations.NAMESPACE)
                .element("Bucket", bucket.name()).element("KeyMarker", keyMarker == null ? "" : keyMarker)
                .element("UploadIdMarker", uploadIdMarker == null ? "" : uploadIdMarker)
                .element("NextKeyMarker", last == null ? "" : last.key())
                .element("NextUploadIdMarker", last == null ? "" : last.uploadId()).element("Prefix", prefix)
                .element("MaxUploads", max).element("IsTruncated", truncated);
        for (MultipartUpload u : page) {
            xml.start("Upload").element("UploadId", u.uploadId()).element("Key", u.key())
                    .element("Initiated", S3Time.iso(u.initiatedMillis()))
                    .element("StorageClass", u.metadata().storageClass());
            owners(xml, u.ownerAccount());
            if (u.checksum() != null) {
                xml.element("ChecksumAlgorithm", u.checksum().name()).element("ChecksumType", u.checksumType());
            }
            xml.end();
        }
        return S3Reply.xml(xml);
    }

    /** The object the parts make: their bytes in order, the multipart entity tag, the upload's checksum. */
    private StoredObject assemble(MultipartUpload upload, List<UploadedPart> parts) {
        ByteArrayOutputStream data = new ByteArrayOutputStream();
        ByteArrayOutputStream md5s = new ByteArrayOutputStream();
        long[] sizes = new long[parts.size()];
        for (int i = 0; i < parts.size(); i++) {
            UploadedPart p = parts.get(i);
            data.writeBytes(p.data());
            md5s.writeBytes(HexFormat.of().parseHex(p.etag()));
            sizes[i] = p.data().length;
        }
        byte[] bytes = data.toByteArray();
        String etag = HexFormat.of().formatHex(Payload.md5(md5s.toByteArray())) + "-" + parts.size();
        ObjectChecksum checksum;
        if (upload.checksum() != null && ObjectChecksum.COMPOSITE.equals(upload.checksumType())) {
            ByteArrayOutputStream digests = new ByteArrayOutputStream();
            for (UploadedPart p : parts) {
                digests.writeBytes(Base64.getDecoder().decode(p.checksum()));
            }
            checksum = new ObjectChecksum(upload.checksum(), upload.checksum().encode(digests.toByteArray()) + "-"
                    + parts.size(), ObjectChecksum.COMPOSITE);
        } else {
            checksum = ObjectChecksum.of(upload.checksum() == null ? ChecksumAlgorithm.CRC64NVME : upload.checksum(),
                    bytes);
        }
        return new StoredObject(upload.key(), bytes, etag, S3Time.toSeconds(state.now()), upload.metadata(), checksum,
                sizes);
    }

    /** The upload a request names; NoSuchUpload also when it belongs to another key. */
    private static MultipartUpload upload(Bucket bucket, S3Request req) {
        String id = req.param("uploadId");
        MultipartUpload upload = id == null ? null : bucket.upload(id);
        if (upload == null || !upload.key().equals(req.key())) {
            throw S3Errors.noSuchUpload(id);
        }
        return upload;
    }

    private static List<XmlReader.Element> partList(byte[] body) {
        XmlReader.Element root;
        try {
            root = XmlReader.parse(body);
        } catch (IllegalArgumentException e) {
            throw S3Errors.malformedXml();
        }
        if (!root.name().equals("CompleteMultipartUpload")) {
            throw S3Errors.malformedXml();
        }
        List<XmlReader.Element> parts = root.children("Part");
        if (parts.isEmpty()) {
            throw S3Errors.INVALID_REQUEST.exception("You must specify at least one part");
        }
        for (XmlReader.Element p : parts) {
            if (p.childText("PartNumber") == null || p.childText("ETag") == null) {
                throw S3Errors.malformedXml();
            }
        }
        return parts;
    }

    private static int partNumber(String text) {
        try {
            int n = Integer.parseInt(text == null ? "" : text.trim());
            if (n >= 1 && n <= MAX_PARTS) {
                return n;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw S3Errors.invalidArgument("Part number must be an integer between 1 and 10000, inclusive", "partNumber",
                text);
    }

    private static int bounded(String text, String name) {
        return text == null ? MAX_LISTED : Math.min(nonNegative(text, name), MAX_LISTED);
    }

    private static int nonNegative(String text, String name) {
        try {
            int v = Integer.parseInt(text);
            if (v >= 0) {
                return v;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw S3Errors.invalidArgument("Provided " + name + " not an integer or within integer range", name, text);
    }

    private static void owners(XmlWriter xml, String account) {
        String id = S3State.canonicalId(account);
        xml.start("Initiator").element("ID", id).element("DisplayName", account).end()
                .start("Owner").element("ID", id).end();
    }

    private static RuntimeException invalidPart(MultipartUpload upload, int partNumber, String etag) {
        return S3Errors.INVALID_PART.exception("One or more of the specified parts could not be found.  The part may "
                + "not have been uploaded, or the specified entity tag may not match the part's entity tag.")
                .detail("UploadId", upload.uploadId()).detail("PartNumber", String.valueOf(partNumber))
                .detail("ETag", etag);
    }

    private static String unquote(String etag) {
        String t = etag.trim();
        return t.length() >= 2 && t.startsWith("\"") && t.endsWith("\"") ? t.substring(1, t.length() - 1) : t;
    }

    private static String lower(ChecksumAlgorithm a) {
        return a.name().toLowerCase(Locale.ROOT);
    }

    /** Upload ids are long and opaque, as AWS's are. */
    private static String uploadId() {
        byte[] id = new byte[48];
        ThreadLocalRandom.current().nextBytes(id);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(id);
    }
}
