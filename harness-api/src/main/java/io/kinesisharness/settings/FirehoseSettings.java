package io.kinesisharness.settings;

import java.time.Duration;
import java.util.List;

/** Settings of Firehose: state-change delays, where S3 deliveries go, HTTP endpoint URL rules. */
public final class FirehoseSettings {

    public static final Setting<List<DeliveryStreamSpec>> DELIVERY_STREAMS = new Setting<>("delivery-streams",
            "Firehose delivery streams into S3 to create at start (and after each reset), with their buckets: "
                    + "name:bucket[:interval=S][:size=MB][:compression=F][:prefix=P],...",
            List.of(), DeliveryStreamSpec::parseList, DeliveryStreamSpec::printList);

    public static final Setting<Duration> CREATE_DELIVERY_STREAM_DELAY = Setting.duration("create-delivery-stream-delay",
            "Time a new Firehose delivery stream stays CREATING", Duration.ZERO);
    public static final Setting<Duration> DELETE_DELIVERY_STREAM_DELAY = Setting.duration("delete-delivery-stream-delay",
            "Time a deleted delivery stream stays DELETING (it delivers nothing meanwhile)", Duration.ZERO);
    public static final Setting<Duration> DELIVERY_STREAM_ENCRYPTION_DELAY = Setting.duration(
            "delivery-stream-encryption-delay", "Time delivery stream encryption stays ENABLING or DISABLING",
            Duration.ZERO);
    public static final Setting<String> FIREHOSE_S3_ENDPOINT = Setting.text("firehose-s3-endpoint",
            "Deliver Firehose's S3 objects to this S3-compatible endpoint (http://host:port, or "
                    + "http://key:secret@host:port to sign with those credentials) instead of the harness's own store; "
                    + "empty for the harness's store",
            "");
    public static final Setting<Boolean> FIREHOSE_HTTPS_ONLY = Setting.bool("firehose-https-only",
            "Refuse HTTP endpoint URLs AWS refuses (anything but https on port 443); false allows local http:// ones",
            false);

    public static final List<Setting<?>> ALL = List.of(DELIVERY_STREAMS, CREATE_DELIVERY_STREAM_DELAY, DELETE_DELIVERY_STREAM_DELAY,
            DELIVERY_STREAM_ENCRYPTION_DELAY, FIREHOSE_S3_ENDPOINT, FIREHOSE_HTTPS_ONLY);

    private FirehoseSettings() {
    }
}
