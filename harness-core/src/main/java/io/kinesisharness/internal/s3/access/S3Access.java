package io.kinesisharness.internal.s3.access;

import io.kinesisharness.internal.common.Scope;
import java.util.List;

/**
 * What other services of the harness may do with its object store, and all they may see of S3: Firehose
 * delivers objects, Kinesis Data Analytics reads reference data. Their writes land exactly as a PutObject's
 * would (entity tag, checksum, modification time on the harness clock) and are read back through S3's API.
 */
public interface S3Access {

    /** The service name to ask the harness for this interface by. */
    String SERVICE = "s3";

    /**
     * Stores an object in a bucket of the account. Fails with {@link IllegalStateException} naming the reason
     * when the bucket does not exist or belongs to another account, as a delivery to it would fail on AWS.
     */
    void putObject(Scope account, String bucket, String key, byte[] data, String contentType, String contentEncoding);

    /** The object's bytes, or null when the bucket or the key does not exist (or the bucket is another's). */
    byte[] getObject(Scope account, String bucket, String key);

    /**
     * Creates a bucket in the harness's default account and region unless it exists there already (a delivery
     * stream declared with its bucket at start).
     *
     * @throws IllegalArgumentException when the name breaks S3's naming rules
     * @throws IllegalStateException when another account or region owns that name
     */
    void createBucket(String name);

    /** The keys under a prefix, in S3's listing order; empty when the bucket does not exist. */
    List<String> listKeys(Scope account, String bucket, String prefix);
}
