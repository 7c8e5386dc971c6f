package io.kinesisharness.settings;

import java.time.Duration;
import java.util.List;

/** Settings of Kinesis Data Streams: streams made at start, state-change delays, limits, throttling. */
public final class KinesisSettings {

    public static final Setting<List<StreamSpec>> STREAMS = new Setting<>("streams",
            "Streams to create at start (and after each reset): name[:shards|:on-demand][:retentionHours],...",
            List.of(), StreamSpec::parseList, StreamSpec::printList);
    public static final Setting<Duration> CREATE_STREAM_DELAY = Setting.duration("create-stream-delay",
            "Time a new stream stays CREATING (e.g. 500ms, 2s, PT1S)", Duration.ZERO);
    public static final Setting<Duration> DELETE_STREAM_DELAY = Setting.duration("delete-stream-delay",
            "Time a deleted stream stays DELETING", Duration.ZERO);
    public static final Setting<Duration> UPDATE_STREAM_DELAY = Setting.duration("update-stream-delay",
            "Time a stream stays UPDATING after a change", Duration.ZERO);
    public static final Setting<Duration> REGISTER_CONSUMER_DELAY = Setting.duration("register-consumer-delay",
            "Time a new enhanced fan-out consumer stays CREATING", Duration.ZERO);
    public static final Setting<Duration> DEREGISTER_CONSUMER_DELAY = Setting.duration("deregister-consumer-delay",
            "Time a deregistered consumer stays DELETING", Duration.ZERO);
    public static final Setting<Integer> SHARD_LIMIT = new Setting<>("shard-limit",
            "Open shards allowed per account and region", 500, Parsers::positive, String::valueOf);
    public static final Setting<Boolean> THROTTLING = Setting.bool("throttling",
            "Enforce AWS's per-shard throughput and per-operation rate limits, Firehose's quotas and DynamoDB's "
                    + "provisioned throughput (true or false)", false);

    public static final List<Setting<?>> ALL = List.of(STREAMS, CREATE_STREAM_DELAY, DELETE_STREAM_DELAY,
            UPDATE_STREAM_DELAY, REGISTER_CONSUMER_DELAY, DEREGISTER_CONSUMER_DELAY, SHARD_LIMIT, THROTTLING);

    private KinesisSettings() {
    }
}
