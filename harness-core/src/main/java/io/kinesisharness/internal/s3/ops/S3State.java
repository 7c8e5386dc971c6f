package io.kinesisharness.internal.s3.ops;

import io.kinesisharness.internal.common.Scope;
import io.kinesisharness.internal.s3.S3Errors;
import io.kinesisharness.internal.s3.model.Bucket;
import io.kinesisharness.internal.s3.model.ObjectStore;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.function.LongSupplier;

/**
 * What every S3 operation shares: the store, the harness clock, the default account and region, and the access
 * rules. A bucket is reached only by its owner (or anonymously), and only through the region it lives in: a request
 * signed for another region gets the redirect AWS sends, so a client configured for the wrong region fails here as
 * it would there.
 */
public final class S3State {

    private final ObjectStore store;
    private final LongSupplier nowMillis;
    private final Scope defaults;

    public S3State(ObjectStore store, LongSupplier nowMillis, Scope defaults) {
        this.store = store;
        this.nowMillis = nowMillis;
        this.defaults = defaults;
    }

    ObjectStore store() {
        return store;
    }

    Scope defaults() {
        return defaults;
    }

    long now() {
        return nowMillis.getAsLong();
    }

    /** The bucket a request addresses, when the caller may use it. */
    Bucket bucket(S3Request req) {
        return bucket(req, "x-amz-expected-bucket-owner");
    }

    /**
     * As {@link #bucket(S3Request)}, with the header that names the account the caller expects to own it (a copy's
     * source has its own): another owner is {@code AccessDenied}, as on AWS, which lets code guard against writing
     * into a bucket someone else made under a name it expected to be its own.
     */
    Bucket bucket(S3Request req, String expectedOwnerHeader) {
        Bucket b = store.bucket(req.bucket());
        if (b == null) {
            throw S3Errors.noSuchBucket(req.bucket());
        }
        String expectedOwner = req.header(expectedOwnerHeader);
        if (expectedOwner != null && !expectedOwner.equals(b.ownerAccount())) {
            throw S3Errors.accessDenied();
        }
        if (!req.anonymous()) {
            if (!b.ownerAccount().equals(req.scope().accountId())) {
                throw S3Errors.accessDenied();
            }
            if (!b.region().equals(req.scope().region())) {
                throw S3Errors.PERMANENT_REDIRECT.exception("The bucket you are attempting to access must be "
                        + "addressed using the specified endpoint. Please send all future requests to this endpoint.")
                        .detail("Endpoint", b.name() + ".s3." + b.region() + ".amazonaws.com")
                        .detail("Bucket", b.name()).detail(S3Api.HEADER_DETAIL + "x-amz-bucket-region", b.region());
            }
        }
        return b;
    }

    /** The canonical user id S3 shows for an account: 64 hex digits, stable per account. */
    static String canonicalId(String account) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(account.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
