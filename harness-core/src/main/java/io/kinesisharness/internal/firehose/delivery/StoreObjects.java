package io.kinesisharness.internal.firehose.delivery;

import io.kinesisharness.internal.common.Scope;
import io.kinesisharness.internal.s3.access.S3Access;
import java.util.function.Supplier;

/** S3 deliveries into the harness's own object store, where the test reads them back through S3's API. */
public final class StoreObjects implements ObjectTarget {

    private final Supplier<S3Access> s3;

    /** @param s3 asked on the first delivery, so a harness whose streams deliver nothing never builds S3 */
    public StoreObjects(Supplier<S3Access> s3) {
        this.s3 = s3;
    }

    @Override
    public void put(Scope account, String bucket, String key, byte[] body, String contentType,
            String contentEncoding) {
        try {
            s3.get().putObject(account, bucket, key, body, contentType, contentEncoding);
        } catch (IllegalStateException e) {
            throw new DeliveryFailure("S3.NoSuchBucket", "The specified bucket does not exist");
        }
    }
}
