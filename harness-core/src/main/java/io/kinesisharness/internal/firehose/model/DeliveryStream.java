package io.kinesisharness.internal.firehose.model;

import io.kinesisharness.internal.common.DailyQuota;
import io.kinesisharness.internal.common.ResourceTags;
import io.kinesisharness.internal.common.Scope;
import io.kinesisharness.internal.firehose.api.DestinationDescription;
import io.kinesisharness.internal.firehose.api.SourceDescription;
import java.time.Instant;

/**
 * One delivery stream's configuration and lifecycle. Its status follows the harness clock: CREATING until
 * {@code activeAt}, then ACTIVE; once deleted, DELETING until {@code goneAt}, after which the region forgets it.
 * The destination is kept in the shape DescribeDeliveryStream answers (defaults filled in at create), so what a
 * test reads back is what delivery runs on; the credentials AWS never describes are kept beside it.
 */
public final class DeliveryStream {

    /** AWS names a stream's one destination so (recorded from AWS). */
    public static final String DESTINATION_ID = "destinationId-000000000001";

    private final Scope scope;
    private final String name;
    private final String arn;
    private final String type;
    private final Instant created;
    private final Instant activeAt;
    private final SourceDescription source;
    private final ResourceTags tags = new ResourceTags();
    /** Start and stop of encryption together: 25 per stream per 24 hours. */
    private final DailyQuota encryptionChanges = new DailyQuota(25);
    private final PutLimits putLimits;

    private int version = 1;
    private Instant lastUpdate;
    private DestinationDescription destination;
    private Secrets secrets;
    private EncryptionState encryption;
    private Instant goneAt;

    public DeliveryStream(Scope scope, String name, String type, Instant created, Instant activeAt,
            SourceDescription source, DestinationDescription destination, Secrets secrets,
            EncryptionState encryption) {
        this.scope = scope;
        this.name = name;
        this.arn = scope.arn("firehose", "deliverystream/" + name);
        this.type = type;
        this.created = created;
        this.activeAt = activeAt;
        this.source = source;
        this.destination = destination;
        this.secrets = secrets;
        this.encryption = encryption;
        this.putLimits = new PutLimits(created.toEpochMilli());
    }

    /** Its put quota (enforced only with throttling on). */
    public PutLimits putLimits() {
        return putLimits;
    }

    public Scope scope() {
        return scope;
    }

    public String name() {
        return name;
    }

    public String arn() {
        return arn;
    }

    /** DirectPut, KinesisStreamAsSource, MSKAsSource or DatabaseAsSource. */
    public String type() {
        return type;
    }

    public boolean isDirectPut() {
        return "DirectPut".equals(type);
    }

    public Instant created() {
        return created;
    }

    /** When it turns (or turned) ACTIVE; a Kinesis source starts reading there. */
    public Instant activeAt() {
        return activeAt;
    }

    public SourceDescription source() {
        return source;
    }

    public ResourceTags tags() {
        return tags;
    }

    public DailyQuota encryptionChanges() {
        return encryptionChanges;
    }

    public synchronized String status(Instant now) {
        if (goneAt != null) {
            return "DELETING";
        }
        return now.isBefore(activeAt) ? "CREATING" : "ACTIVE";
    }

    /** Whether a deleted stream's DELETING time is over, so lookups no longer find it. */
    public synchronized boolean gone(Instant now) {
        return goneAt != null && !now.isBefore(goneAt);
    }

    public synchronized boolean deleted() {
        return goneAt != null;
    }

    /** Marks it DELETING until {@code until}; a second delete keeps the first one's end. */
    public synchronized void markDeleted(Instant until) {
        if (goneAt == null) {
            goneAt = until;
        }
    }

    public synchronized int version() {
        return version;
    }

    public synchronized Instant lastUpdate() {
        return lastUpdate;
    }

    public synchronized DestinationDescription destination() {
        return destination;
    }

    public synchronized Secrets secrets() {
        return secrets;
    }

    /** Replaces the destination (an UpdateDestination): the version goes up by one. */
    public synchronized void update(DestinationDescription updated, Secrets updatedSecrets, Instant now) {
        this.destination = updated;
        this.secrets = updatedSecrets;
        this.version++;
        this.lastUpdate = now;
    }

    public synchronized EncryptionState encryption() {
        return encryption;
    }

    public synchronized void encryption(EncryptionState state) {
        this.encryption = state;
    }
}
