package io.kinesisharness.internal.s3;

import io.kinesisharness.internal.errors.AwsException;
import io.kinesisharness.internal.errors.ErrorCode;

/**
 * S3's error codes with their HTTP statuses, and the messages it repeats, worded as AWS sends them (their
 * inconsistent final periods included). The elements S3 adds to an error ({@code <BucketName>}, {@code <Key>}, …)
 * travel as the exception's details.
 */
public enum S3Errors implements ErrorCode {
    ACCESS_DENIED("AccessDenied", 403),
    AUTHORIZATION_QUERY_PARAMETERS_ERROR("AuthorizationQueryParametersError", 400),
    BAD_DIGEST("BadDigest", 400),
    BUCKET_ALREADY_EXISTS("BucketAlreadyExists", 409),
    BUCKET_ALREADY_OWNED_BY_YOU("BucketAlreadyOwnedByYou", 409),
    BUCKET_NOT_EMPTY("BucketNotEmpty", 409),
    ENTITY_TOO_LARGE("EntityTooLarge", 400),
    ENTITY_TOO_SMALL("EntityTooSmall", 400),
    ILLEGAL_LOCATION_CONSTRAINT("IllegalLocationConstraintException", 400),
    INCOMPLETE_BODY("IncompleteBody", 400),
    INTERNAL_ERROR("InternalError", 500),
    INVALID_ARGUMENT("InvalidArgument", 400),
    INVALID_BUCKET_NAME("InvalidBucketName", 400),
    INVALID_DIGEST("InvalidDigest", 400),
    INVALID_LOCATION_CONSTRAINT("InvalidLocationConstraint", 400),
    INVALID_PART("InvalidPart", 400),
    INVALID_PART_ORDER("InvalidPartOrder", 400),
    INVALID_OBJECT_STATE("InvalidObjectState", 403),
    INVALID_PART_NUMBER("InvalidPartNumber", 416),
    INVALID_RANGE("InvalidRange", 416),
    INVALID_REQUEST("InvalidRequest", 400),
    INVALID_STORAGE_CLASS("InvalidStorageClass", 400),
    KEY_TOO_LONG("KeyTooLongError", 400),
    MALFORMED_XML("MalformedXML", 400),
    METADATA_TOO_LARGE("MetadataTooLarge", 400),
    METHOD_NOT_ALLOWED("MethodNotAllowed", 405),
    NO_SUCH_BUCKET("NoSuchBucket", 404),
    NO_SUCH_KEY("NoSuchKey", 404),
    NO_SUCH_UPLOAD("NoSuchUpload", 404),
    NOT_IMPLEMENTED("NotImplemented", 501),
    NOT_MODIFIED("NotModified", 304),
    PERMANENT_REDIRECT("PermanentRedirect", 301),
    PRECONDITION_FAILED("PreconditionFailed", 412),
    SLOW_DOWN("SlowDown", 503),
    X_AMZ_CONTENT_SHA256_MISMATCH("XAmzContentSHA256Mismatch", 400);

    private final String code;
    private final int status;

    S3Errors(String code, int status) {
        this.code = code;
        this.status = status;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public int status() {
        return status;
    }

    public static AwsException noSuchBucket(String bucket) {
        return NO_SUCH_BUCKET.exception("The specified bucket does not exist").detail("BucketName", bucket);
    }

    public static AwsException noSuchKey(String key) {
        return NO_SUCH_KEY.exception("The specified key does not exist.").detail("Key", key);
    }

    public static AwsException noSuchUpload(String uploadId) {
        return NO_SUCH_UPLOAD.exception("The specified upload does not exist. The upload ID may be invalid, or the "
                + "upload may have been aborted or completed.").detail("UploadId", uploadId);
    }

    public static AwsException invalidBucketName(String bucket) {
        return INVALID_BUCKET_NAME.exception("The specified bucket is not valid.").detail("BucketName", bucket);
    }

    public static AwsException invalidArgument(String message, String name, String value) {
        AwsException e = INVALID_ARGUMENT.exception(message).detail("ArgumentName", name);
        return value == null ? e : e.detail("ArgumentValue", value);
    }

    public static AwsException preconditionFailed(String condition) {
        return PRECONDITION_FAILED.exception("At least one of the pre-conditions you specified did not hold")
                .detail("Condition", condition);
    }

    public static AwsException notImplemented(String header) {
        AwsException e = NOT_IMPLEMENTED.exception("A header you provided implies functionality that is not "
                + "implemented");
        return header == null ? e : e.detail("Header", header);
    }

    public static AwsException malformedXml() {
        return MALFORMED_XML.exception("The XML you provided was not well-formed or did not validate against our "
                + "published schema");
    }

    public static AwsException accessDenied() {
        return ACCESS_DENIED.exception("Access Denied");
    }
}
