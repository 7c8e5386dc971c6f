package io.kinesisharness.internal.kinesis.model;

import io.kinesisharness.internal.common.ResourceTags;
import io.kinesisharness.internal.kinesis.api.ChannelDescription;
import io.kinesisharness.internal.kinesis.api.ChannelEncryptionConfiguration;
import io.kinesisharness.internal.kinesis.api.ChannelLoggingConfiguration;
import io.kinesisharness.internal.kinesis.api.ChannelStreamDescription;
import io.kinesisharness.internal.kinesis.api.ChannelStreamIdentifier;
import io.kinesisharness.internal.kinesis.api.ChannelSummary;
import io.kinesisharness.internal.kinesis.api.S3DestinationConfiguration;
import io.kinesisharness.internal.kinesis.api.S3TablesDestinationConfiguration;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A channel: the configuration that would deliver an on-demand stream's records to S3 or S3 Tables. The
 * harness keeps and reports it with AWS's lifecycle (CREATING, ACTIVE, UPDATING, DELETING) but delivers
 * nothing. Statuses are computed from the clock, like a stream's.
 */
public final class KinesisChannel {

    private final String name;
    private final String arn;
    final String id;
    final long createdMillis;
    final String roleArn;
    private final List<ChannelStreamDescription> streams;
    final ChannelEncryptionConfiguration encryption;
    private final ResourceTags tags = new ResourceTags();
    private final long activeAtMillis;
    private volatile S3DestinationConfiguration s3;
    private volatile S3TablesDestinationConfiguration s3Tables;
    private volatile ChannelLoggingConfiguration logging;
    private volatile long updatingUntilMillis;
    private volatile long deletingSinceMillis = -1;
    private volatile long goneAtMillis = Long.MAX_VALUE;

    public KinesisChannel(String name, String arn, long createdMillis, long activeAtMillis, String roleArn,
            List<ChannelStreamDescription> streams, S3DestinationConfiguration s3,
            S3TablesDestinationConfiguration s3Tables, ChannelEncryptionConfiguration encryption,
            ChannelLoggingConfiguration logging) {
        this.name = name;
        this.arn = arn;
        this.id = UUID.nameUUIDFromBytes((arn + "@" + createdMillis).getBytes(StandardCharsets.UTF_8)).toString();
        this.createdMillis = createdMillis;
        this.activeAtMillis = activeAtMillis;
        this.roleArn = roleArn;
        this.streams = List.copyOf(streams);
        this.s3 = s3;
        this.s3Tables = s3Tables;
        this.encryption = encryption;
        this.logging = logging;
    }

    public String status(long nowMillis) {
        if (deletingSinceMillis >= 0) {
            return "DELETING";
        }
        if (nowMillis < activeAtMillis) {
            return "CREATING";
        }
        return nowMillis < updatingUntilMillis ? "UPDATING" : "ACTIVE";
    }

    public boolean isGone(long nowMillis) {
        return nowMillis >= goneAtMillis;
    }

    public void markDeleting(long nowMillis, long goneAt) {
        deletingSinceMillis = nowMillis;
        goneAtMillis = goneAt;
    }

    /** Applies an UpdateChannel; the channel reports UPDATING until {@code untilMillis}. */
    public synchronized void update(Integer freshnessSeconds, ChannelLoggingConfiguration newLogging, long untilMillis) {
        if (freshnessSeconds != null && s3 != null) {
            s3 = new S3DestinationConfiguration(freshnessSeconds, s3.deadLetterQueueS3Configuration(),
                    s3.storageConfiguration());
        }
        if (freshnessSeconds != null && s3Tables != null) {
            s3Tables = new S3TablesDestinationConfiguration(freshnessSeconds,
                    s3Tables.deadLetterQueueS3Configuration(), s3Tables.s3TablesConfigurationList());
        }
        if (newLogging != null) {
            logging = newLogging;
        }
        updatingUntilMillis = untilMillis;
    }

    public boolean deliversToS3() {
        return s3 != null;
    }

    public boolean reads(KinesisStream stream) {
        return streams.stream().anyMatch(s -> s.streamArn().equals(stream.arn())
                && s.streamCreationTimestamp().toEpochMilli() == stream.createdMillis());
    }

    public ChannelDescription describe(long nowMillis) {
        return new ChannelDescription(name, arn, id, status(nowMillis), null, Instant.ofEpochMilli(createdMillis),
                roleArn, streams, s3, s3Tables, encryption, logging);
    }

    public ChannelSummary summary(long nowMillis) {
        return new ChannelSummary(name, arn, id, status(nowMillis), null, Instant.ofEpochMilli(createdMillis),
                s3 != null ? "S3" : "S3_TABLES", streams.stream()
                        .map(s -> new ChannelStreamIdentifier(s.streamArn(), s.streamCreationTimestamp())).toList());
    }

    public String name() {

        return name;

    }

    public ResourceTags tags() {
        return tags;
    }

    public String arn() {
        return arn;
    }

    public List<ChannelStreamDescription> streams() {
        return streams;
    }
}
