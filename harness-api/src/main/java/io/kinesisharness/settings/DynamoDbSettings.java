package io.kinesisharness.settings;

import java.time.Duration;
import java.util.List;

/**
 * Settings of the DynamoDB-compatible endpoint: how long tables and indexes stay CREATING or DELETING, and how long
 * an expired item waits for TTL's deletion.
 */
public final class DynamoDbSettings {

    public static final Setting<Duration> CREATE_TABLE_DELAY = Setting.duration("create-table-delay",
            "Time a new DynamoDB table stays CREATING", Duration.ZERO);
    public static final Setting<Duration> DELETE_TABLE_DELAY = Setting.duration("delete-table-delay",
            "Time a deleted DynamoDB table stays DELETING", Duration.ZERO);
    public static final Setting<Duration> CREATE_INDEX_DELAY = Setting.duration("create-index-delay",
            "Time a global secondary index added by UpdateTable stays CREATING (its table UPDATING)", Duration.ZERO);

    public static final Setting<Duration> TTL_DELETION_DELAY = Setting.duration("ttl-deletion-delay",
            "Time an item stays readable after its TimeToLive expiry before it is deleted (AWS: up to a few days)",
            Duration.ZERO);

    public static final List<Setting<?>> ALL = List.of(CREATE_TABLE_DELAY, DELETE_TABLE_DELAY, CREATE_INDEX_DELAY,
            TTL_DELETION_DELAY);

    private DynamoDbSettings() {
    }
}
