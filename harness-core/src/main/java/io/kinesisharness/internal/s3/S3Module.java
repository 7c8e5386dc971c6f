package io.kinesisharness.internal.s3;

import io.kinesisharness.internal.common.Scope;
import io.kinesisharness.internal.dispatch.OperationTable;
import io.kinesisharness.internal.dispatch.RestHandler;
import io.kinesisharness.internal.s3.access.S3Access;
import io.kinesisharness.internal.s3.model.Bucket;
import io.kinesisharness.internal.s3.model.BucketNames;
import io.kinesisharness.internal.s3.model.ChecksumAlgorithm;
import io.kinesisharness.internal.s3.model.ObjectChecksum;
import io.kinesisharness.internal.s3.model.ObjectMetadata;
import io.kinesisharness.internal.s3.model.ObjectStore;
import io.kinesisharness.internal.s3.model.StoredObject;
import io.kinesisharness.internal.s3.ops.S3Api;
import io.kinesisharness.internal.s3.ops.S3State;
import io.kinesisharness.internal.service.ServiceContext;
import io.kinesisharness.internal.service.ServiceModule;
import io.kinesisharness.settings.S3Settings;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * The S3-compatible object store as a service of the harness: its REST front door, the buckets its settings
 * create, and the access other services have to it ({@link S3Access}). Objects live in memory; a reset drops them.
 */
public final class S3Module implements ServiceModule, S3Access {

    private final ObjectStore store = new ObjectStore();
    private final ServiceContext context;
    private final S3Api api;

    S3Module(ServiceContext context) {
        this.context = context;
        this.api = new S3Api(new S3State(store, context.scheduler().clock()::nowMillis, context.defaultScope()),
                context.faults());
        createConfiguredBuckets();
    }

    @Override
    public void register(OperationTable table) {
        // A REST service: nothing is reached by X-Amz-Target.
    }

    @Override
    public RestHandler rest() {
        return api;
    }

    @Override
    public void reset() {
        store.clear();
        createConfiguredBuckets();
    }

    /**
     * Creates a bucket in the default account and region, as a test's or the settings' declaration asks;
     * one that exists already is left as it is (emptied only by a reset).
     */
    @Override
    public void createBucket(String name) {
        if (!BucketNames.isValid(name)) {
            throw new IllegalArgumentException("'" + name + "' is not a valid S3 bucket name: 3 to 63 lower-case "
                    + "letters, digits, dots and hyphens, beginning and ending with a letter or digit");
        }
        Scope scope = context.defaultScope();
        Bucket existing = store.create(new Bucket(name, scope.accountId(), scope.region(),
                scope.region().equals("us-east-1") ? null : scope.region(), seconds(now())));
        if (!existing.ownerAccount().equals(scope.accountId()) || !existing.region().equals(scope.region())) {
            throw new IllegalStateException("Bucket " + name + " exists in account " + existing.ownerAccount()
                    + ", region " + existing.region());
        }
    }

    @Override
    public void putObject(Scope account, String bucket, String key, byte[] data, String contentType,
            String contentEncoding) {
        Bucket b = owned(account, bucket);
        if (b == null) {
            throw new IllegalStateException("No bucket " + bucket + " in account " + account.accountId());
        }
        String etag = HexFormat.of().formatHex(md5(data));
        try {
            b.put(new StoredObject(key, data.clone(), etag, seconds(now()), ObjectMetadata.of(contentType,
                    contentEncoding), ObjectChecksum.of(ChecksumAlgorithm.CRC64NVME, data), new long[0]));
        } catch (Bucket.Deleted e) {
            throw new IllegalStateException("No bucket " + bucket + " in account " + account.accountId());
        }
    }

    @Override
    public byte[] getObject(Scope account, String bucket, String key) {
        Bucket b = owned(account, bucket);
        StoredObject o = b == null ? null : b.get(key);
        return o == null ? null : o.data().clone();
    }

    @Override
    public List<String> listKeys(Scope account, String bucket, String prefix) {
        Bucket b = owned(account, bucket);
        List<String> keys = new ArrayList<>();
        if (b != null) {
            for (String k : b.from(prefix, true).keySet()) {
                if (prefix != null && !k.startsWith(prefix)) {
                    break;
                }
                keys.add(k);
            }
        }
        return keys;
    }

    private Bucket owned(Scope account, String bucket) {
        Bucket b = store.bucket(bucket);
        return b != null && b.ownerAccount().equals(account.accountId()) ? b : null;
    }

    private void createConfiguredBuckets() {
        for (String name : context.config().get(S3Settings.BUCKETS)) {
            createBucket(name);
        }
    }

    private long now() {
        return context.scheduler().clock().nowMillis();
    }

    private static long seconds(long millis) {
        return millis - Math.floorMod(millis, 1000);
    }

    private static byte[] md5(byte[] data) {
        try {
            return MessageDigest.getInstance("MD5").digest(data);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
