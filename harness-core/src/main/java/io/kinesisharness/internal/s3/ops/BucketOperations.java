package io.kinesisharness.internal.s3.ops;

import io.kinesisharness.internal.protocol.restxml.XmlReader;
import io.kinesisharness.internal.protocol.restxml.XmlWriter;
import io.kinesisharness.internal.s3.S3Errors;
import io.kinesisharness.internal.s3.model.Bucket;
import io.kinesisharness.internal.s3.model.BucketNames;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.regex.Pattern;

/** ListBuckets, CreateBucket, DeleteBucket, HeadBucket and GetBucketLocation. */
final class BucketOperations {

    static final String NAMESPACE = "http://s3.amazonaws.com/doc/2006-03-01/";
    private static final String US_EAST_1 = "us-east-1";
    /** Region names as AWS forms them: {@code eu-west-1}, {@code us-gov-west-1}, {@code ap-southeast-5}. */
    private static final Pattern REGION = Pattern.compile("[a-z]{2}(-[a-z]+)+-\\d{1,2}");
    private static final int DEFAULT_MAX_BUCKETS = 10_000;

    private final S3State state;

    BucketOperations(S3State state) {
        this.state = state;
    }

    /**
     * The caller's buckets in every region, by name. As AWS does, BucketRegion is listed only when the request
     * has a parameter of the paginated form (prefix, max-buckets, …).
     */
    S3Reply listBuckets(S3Request req) {
        if (req.anonymous()) {
            throw S3Errors.accessDenied();
        }
        String prefix = req.param("prefix");
        String region = req.param("bucket-region");
        if (region != null && !REGION.matcher(region).matches()) {
            throw S3Errors.invalidArgument("Argument value " + region + " is not a valid AWS Region",
                    "bucket-region", region);
        }
        int max = maxBuckets(req.param("max-buckets"));
        String after = decodeToken(req.param("continuation-token"));
        boolean paged = prefix != null || region != null || req.has("max-buckets")
                || req.has("continuation-token");
        List<Bucket> owned = state.store().ownedBy(req.scope().accountId());
        String account = req.scope().accountId();
        XmlWriter xml = XmlWriter.document("ListAllMyBucketsResult", NAMESPACE)
                .start("Owner").element("ID", S3State.canonicalId(account)).end().start("Buckets");
        int listed = 0;
        String last = null;
        boolean more = false;
        for (Bucket b : owned) {
            if ((prefix != null && !b.name().startsWith(prefix)) || (region != null && !b.region().equals(region))
                    || (after != null && b.name().compareTo(after) <= 0)) {
                continue;
            }
            if (listed == max) {
                more = true;
                break;
            }
            xml.start("Bucket").element("Name", b.name()).element("CreationDate", S3Time.iso(b.createdMillis()));
            if (paged) {
                xml.element("BucketRegion", b.region());
            }
            xml.element("BucketArn", "arn:aws:s3:::" + b.name()).end();
            last = b.name();
            listed++;
        }
        xml.end();
        if (more) {
            // The next page starts after the last name listed.
            xml.element("ContinuationToken", encodeToken(last));
        }
        xml.element("Prefix", prefix);
        return S3Reply.xml(xml);
    }

    /**
     * CreateBucket. The name is checked, then where the bucket goes: the request's region, which a
     * CreateBucketConfiguration must name (none in us-east-1). Re-creating one's own bucket in us-east-1 without a
     * configuration answers 200, as AWS does for legacy clients; everywhere else it is BucketAlreadyOwnedByYou.
     */
    S3Reply create(S3Request req) {
        String name = req.bucket();
        if (!BucketNames.isValid(name)) {
            throw S3Errors.invalidBucketName(name);
        }
        if (req.anonymous()) {
            throw S3Errors.accessDenied();
        }
        refuseUnsupportedHeaders(req);
        byte[] body = req.http().body();
        boolean hasConfiguration = body.length > 0 && !new String(body, StandardCharsets.UTF_8).isBlank();
        String constraint = hasConfiguration ? locationConstraint(body) : null;
        String region = req.scope().region();
        checkLocation(region, constraint);
        String account = req.scope().accountId();
        Bucket fresh = new Bucket(name, account, region, constraint, S3Time.toSeconds(state.now()));
        Bucket holder = state.store().create(fresh);
        if (holder != fresh) {
            if (!holder.ownerAccount().equals(account)) {
                throw S3Errors.BUCKET_ALREADY_EXISTS.exception("The requested bucket name is not available. The "
                        + "bucket namespace is shared by all users of the system. Please select a different name "
                        + "and try again.").detail("BucketName", name);
            }
            boolean legacy = region.equals(US_EAST_1) && holder.region().equals(US_EAST_1) && !hasConfiguration;
            if (!legacy) {
                throw S3Errors.BUCKET_ALREADY_OWNED_BY_YOU.exception("Your previous request to create the named "
                        + "bucket succeeded and you already own it.").detail("BucketName", name);
            }
        }
        return S3Reply.ok().header("Location", region.equals(US_EAST_1) ? "/" + name
                : "http://" + name + ".s3.amazonaws.com/");
    }

    S3Reply delete(S3Request req) {
        Bucket b = state.bucket(req);
        if (!state.store().removeIfEmpty(b)) {
            throw S3Errors.BUCKET_NOT_EMPTY.exception("The bucket you tried to delete is not empty")
                    .detail("BucketName", b.name());
        }
        return S3Reply.noContent();
    }

    S3Reply head(S3Request req) {
        Bucket b = state.bucket(req);
        return S3Reply.ok().header("x-amz-bucket-region", b.region()).header("x-amz-access-point-alias", "false")
                .header("x-amz-bucket-arn", "arn:aws:s3:::" + b.name()).body(new byte[0], S3Reply.XML);
    }

    /** The root element is the answer: empty in us-east-1, else the constraint the bucket was made with. */
    S3Reply location(S3Request req) {
        Bucket b = state.bucket(req);
        XmlWriter xml = XmlWriter.document("LocationConstraint", NAMESPACE);
        if (b.locationConstraint() != null) {
            xml.text(b.locationConstraint());
        }
        return S3Reply.xml(xml);
    }

    /**
     * The bucket's access control list: its owner's full control, and nothing else, as for every bucket whose
     * ACLs are disabled (AWS's default since 2023). SDK v1's {@code doesBucketExistV2} asks this.
     */
    S3Reply acl(S3Request req) {
        return S3Reply.xml(ownerOnlyAcl(state.bucket(req).ownerAccount()));
    }

    static XmlWriter ownerOnlyAcl(String account) {
        String id = S3State.canonicalId(account);
        return XmlWriter.document("AccessControlPolicy", NAMESPACE).start("Owner").element("ID", id).end()
                .start("AccessControlList").start("Grant")
                .start("Grantee", "xmlns:xsi", "http://www.w3.org/2001/XMLSchema-instance", "xsi:type", "CanonicalUser")
                .element("ID", id).end().element("Permission", "FULL_CONTROL").end().end();
    }

    private static void checkLocation(String region, String constraint) {
        if (region.equals(US_EAST_1)) {
            if (constraint == null) {
                return;
            }
            if (constraint.equals(US_EAST_1) || !(constraint.equals("EU") || REGION.matcher(constraint).matches())) {
                throw S3Errors.INVALID_LOCATION_CONSTRAINT.exception("The specified location-constraint is not valid")
                        .detail("LocationConstraint", constraint);
            }
            throw illegalConstraint(constraint);
        }
        boolean matches = constraint != null && (constraint.equals(region)
                || (constraint.equals("EU") && region.equals("eu-west-1")));
        if (!matches) {
            throw illegalConstraint(constraint);
        }
    }

    private static RuntimeException illegalConstraint(String constraint) {
        return S3Errors.ILLEGAL_LOCATION_CONSTRAINT.exception("The " + (constraint == null ? "unspecified" : constraint)
                + " location constraint is incompatible for the region specific endpoint this request was sent to.");
    }

    private static String locationConstraint(byte[] body) {
        XmlReader.Element root;
        try {
            root = XmlReader.parse(body);
        } catch (IllegalArgumentException e) {
            throw S3Errors.malformedXml();
        }
        if (!root.name().equals("CreateBucketConfiguration")) {
            throw S3Errors.malformedXml();
        }
        String constraint = root.childText("LocationConstraint");
        return constraint == null || constraint.isBlank() ? null : constraint.trim();
    }

    /** Access-control and object-lock settings the harness does not model are refused, not ignored. */
    private static void refuseUnsupportedHeaders(S3Request req) {
        String acl = req.header("x-amz-acl");
        if (acl != null && !acl.equals("private")) {
            throw S3Errors.notImplemented("x-amz-acl");
        }
        for (String h : List.of("x-amz-grant-full-control", "x-amz-grant-read", "x-amz-grant-read-acp",
                "x-amz-grant-write", "x-amz-grant-write-acp")) {
            if (req.header(h) != null) {
                throw S3Errors.notImplemented(h);
            }
        }
        if ("true".equalsIgnoreCase(req.header("x-amz-bucket-object-lock-enabled"))) {
            throw S3Errors.notImplemented("x-amz-bucket-object-lock-enabled");
        }
    }

    private static int maxBuckets(String text) {
        if (text == null) {
            return DEFAULT_MAX_BUCKETS;
        }
        try {
            int v = Integer.parseInt(text);
            if (v >= 1 && v <= DEFAULT_MAX_BUCKETS) {
                return v;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw S3Errors.invalidArgument("Provided max-buckets not an integer or within integer range",
                "max-buckets", text);
    }

    private static String encodeToken(String name) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(name.getBytes(StandardCharsets.UTF_8));
    }

    private static String decodeToken(String token) {
        if (token == null) {
            return null;
        }
        try {
            return new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw S3Errors.invalidArgument("The continuation token provided is incorrect", "continuation-token",
                    token);
        }
    }
}
