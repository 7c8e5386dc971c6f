package io.kinesisharness.internal.s3.ops;

import io.kinesisharness.internal.protocol.restxml.XmlWriter;
import io.kinesisharness.internal.s3.S3Errors;
import io.kinesisharness.internal.s3.model.Bucket;
import io.kinesisharness.internal.s3.model.KeyOrder;
import io.kinesisharness.internal.s3.model.StoredObject;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/** ListObjectsV2 and ListObjects: a bucket's keys in UTF-8 order, by prefix, rolled up at a delimiter. */
final class ListOperations {

    private static final int MAX_KEYS = 1000;

    private final S3State state;

    ListOperations(S3State state) {
        this.state = state;
    }

    /** One page of a listing: objects and common prefixes in order, each counting once against max-keys. */
    record Page(List<StoredObject> objects, List<String> prefixes, boolean truncated, String last) {
    }

    S3Reply listObjectsV2(S3Request req) {
        Bucket bucket = state.bucket(req);
        Listing l = Listing.of(req);
        String token = req.param("continuation-token");
        String after = req.param("start-after");
        if (token != null) {
            after = decodeToken(token);
        }
        Page page = page(bucket, l.prefix, l.delimiter, after, l.maxKeys);
        boolean fetchOwner = "true".equalsIgnoreCase(req.param("fetch-owner"));
        XmlWriter xml = XmlWriter.document("ListBucketResult", BucketOperations.NAMESPACE)
                .element("Name", bucket.name()).element("Prefix", l.encode(l.prefix == null ? "" : l.prefix))
                .element("Delimiter", l.encode(l.delimiter)).element("MaxKeys", l.maxKeys)
                .element("EncodingType", l.encodingType)
                .element("KeyCount", page.objects.size() + page.prefixes.size())
                .element("IsTruncated", page.truncated).element("ContinuationToken", token)
                .element("NextContinuationToken", page.truncated ? encodeToken(page.last) : null)
                .element("StartAfter", l.encode(req.param("start-after")));
        contents(xml, page, l, fetchOwner ? bucket.ownerAccount() : null);
        return S3Reply.xml(xml);
    }

    S3Reply listObjects(S3Request req) {
        Bucket bucket = state.bucket(req);
        Listing l = Listing.of(req);
        String marker = req.param("marker");
        Page page = page(bucket, l.prefix, l.delimiter, marker, l.maxKeys);
        XmlWriter xml = XmlWriter.document("ListBucketResult", BucketOperations.NAMESPACE)
                .element("Name", bucket.name()).element("Prefix", l.encode(l.prefix == null ? "" : l.prefix))
                .element("Marker", l.encode(marker == null ? "" : marker))
                .element("NextMarker", page.truncated && l.delimiter != null ? l.encode(page.last) : null)
                .element("MaxKeys", l.maxKeys).element("Delimiter", l.encode(l.delimiter))
                .element("EncodingType", l.encodingType).element("IsTruncated", page.truncated);
        contents(xml, page, l, bucket.ownerAccount());
        return S3Reply.xml(xml);
    }

    private static void contents(XmlWriter xml, Page page, Listing l, String owner) {
        for (StoredObject o : page.objects) {
            xml.start("Contents").element("Key", l.encode(o.key()))
                    .element("LastModified", S3Time.iso(o.lastModifiedMillis())).element("ETag", o.quotedEtag())
                    .element("ChecksumAlgorithm", o.checksum().algorithm().name())
                    .element("ChecksumType", o.checksum().type()).element("Size", o.size())
                    .element("StorageClass", o.metadata().storageClass());
            if (owner != null) {
                xml.start("Owner").element("ID", S3State.canonicalId(owner)).end();
            }
            xml.end();
        }
        for (String p : page.prefixes) {
            xml.start("CommonPrefixes").element("Prefix", l.encode(p)).end();
        }
    }

    /**
     * Keys after {@code after} that start with the prefix; with a delimiter, those with the delimiter after the
     * prefix are rolled up into one common prefix each. Up to {@code max} entries; {@code last} is the last one
     * returned (a key or a prefix), where the next page starts.
     */
    static Page page(Bucket bucket, String prefix, String delimiter, String after, int max) {
        String p = prefix == null ? "" : prefix;
        boolean afterPrefix = after != null && KeyOrder.UTF8.compare(after, p) >= 0;
        String from = afterPrefix ? after : p;
        boolean inclusive = !afterPrefix;
        List<StoredObject> objects = new ArrayList<>();
        List<String> prefixes = new ArrayList<>();
        String last = null;
        boolean truncated = false;
        for (Map.Entry<String, StoredObject> e : bucket.from(from, inclusive).entrySet()) {
            String key = e.getKey();
            if (!key.startsWith(p)) {
                break;
            }
            String entry = key;
            boolean rolledUp = false;
            if (delimiter != null && !delimiter.isEmpty()) {
                int d = key.indexOf(delimiter, p.length());
                if (d >= 0) {
                    entry = key.substring(0, d + delimiter.length());
                    rolledUp = true;
                }
            }
            if (rolledUp && (entry.equals(last) || entry.equals(after))) {
                continue;
            }
            if (objects.size() + prefixes.size() == max) {
                truncated = true;
                break;
            }
            if (rolledUp) {
                prefixes.add(entry);
            } else {
                objects.add(e.getValue());
            }
            last = entry;
        }
        return new Page(objects, prefixes, truncated, last);
    }

    /** The parameters every listing shares, checked as S3 checks them. */
    private record Listing(String prefix, String delimiter, int maxKeys, String encodingType) {

        static Listing of(S3Request req) {
            String encoding = req.param("encoding-type");
            if (encoding != null && !encoding.equals("url")) {
                throw S3Errors.invalidArgument("Invalid Encoding Method specified in Request", "encoding-type",
                        encoding);
            }
            String delimiter = req.param("delimiter");
            return new Listing(req.param("prefix"), delimiter == null || delimiter.isEmpty() ? null : delimiter,
                    maxKeys(req.param("max-keys")), encoding);
        }

        /** With {@code encoding-type=url}, names are percent-encoded ({@code /} kept, a space {@code %20}). */
        String encode(String value) {
            return value == null || encodingType == null ? value : urlEncode(value);
        }

        private static int maxKeys(String text) {
            if (text == null) {
                return MAX_KEYS;
            }
            try {
                int v = Integer.parseInt(text);
                if (v >= 0) {
                    return Math.min(v, MAX_KEYS);
                }
            } catch (NumberFormatException e) {
                // answered below
            }
            throw S3Errors.invalidArgument("Provided max-keys not an integer or within integer range", "max-keys",
                    text);
        }
    }

    static String urlEncode(String value) {
        StringBuilder out = new StringBuilder(value.length() + 8);
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_'
                    || c == '.' || c == '~' || c == '/') {
                out.append((char) c);
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 15, 16)));
            }
        }
        return out.toString();
    }

    static String encodeToken(String last) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(("v1:" + last).getBytes(StandardCharsets.UTF_8));
    }

    static String decodeToken(String token) {
        try {
            String s = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
            if (s.startsWith("v1:")) {
                return s.substring(3);
            }
        } catch (IllegalArgumentException e) {
            // answered below
        }
        throw S3Errors.invalidArgument("The continuation token provided is incorrect", "continuation-token", token);
    }
}
