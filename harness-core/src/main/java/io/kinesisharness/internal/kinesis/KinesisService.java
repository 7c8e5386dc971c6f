package io.kinesisharness.internal.kinesis;

import io.kinesisharness.internal.dispatch.OperationTable;
import io.kinesisharness.internal.dispatch.Validator;
import io.kinesisharness.internal.kinesis.api.ConsumerTarget;
import io.kinesisharness.internal.kinesis.api.CreateStreamRequest;
import io.kinesisharness.internal.kinesis.api.DeleteStreamRequest;
import io.kinesisharness.internal.kinesis.api.DescribeStreamRequest;
import io.kinesisharness.internal.kinesis.api.DescribeStreamSummaryRequest;
import io.kinesisharness.internal.kinesis.api.GetRecordsRequest;
import io.kinesisharness.internal.kinesis.api.GetShardIteratorRequest;
import io.kinesisharness.internal.kinesis.api.ListShardsRequest;
import io.kinesisharness.internal.kinesis.api.ListStreamConsumersRequest;
import io.kinesisharness.internal.kinesis.api.ListStreamsRequest;
import io.kinesisharness.internal.kinesis.api.PutRecordRequest;
import io.kinesisharness.internal.kinesis.api.PutRecordsRequest;
import io.kinesisharness.internal.kinesis.api.RegisterStreamConsumerRequest;
import io.kinesisharness.internal.kinesis.api.RetentionPeriodRequest;
import io.kinesisharness.internal.kinesis.api.StreamModeDetails;
import io.kinesisharness.internal.kinesis.api.SubscribeToShardRequest;
import io.kinesisharness.internal.protocol.Scope;

/** Registers the Kinesis Data Streams operations ({@code Kinesis_20131202.*}). */
public final class KinesisService {

    public static final String TARGET_PREFIX = "Kinesis_20131202";

    private final KinesisEngine engine;
    private final StreamOperations streams;

    public KinesisService(KinesisEngine engine) {
        this.engine = engine;
        this.streams = new StreamOperations(engine);
    }

    public void register(OperationTable table) {
        DescribeOperations describe = new DescribeOperations(engine);
        WriteOperations write = new WriteOperations(engine);
        ReadOperations read = new ReadOperations(engine);
        ListShardsOperation listShards = new ListShardsOperation(engine);
        ConsumerOperations consumers = new ConsumerOperations(engine);
        SubscribeOperation subscribe = new SubscribeOperation(engine, consumers);
        table.service("kinesis", TARGET_PREFIX)
                .add("CreateStream", CreateStreamRequest.class, streams::createStream)
                .add("DeleteStream", DeleteStreamRequest.class, streams::deleteStream)
                .add("DescribeStream", DescribeStreamRequest.class, describe::describeStream)
                .add("DescribeStreamSummary", DescribeStreamSummaryRequest.class, describe::describeStreamSummary)
                .add("ListStreams", ListStreamsRequest.class, describe::listStreams)
                .add("ListShards", ListShardsRequest.class, listShards::listShards)
                .add("PutRecord", PutRecordRequest.class, write::putRecord)
                .add("PutRecords", PutRecordsRequest.class, write::putRecords)
                .add("GetShardIterator", GetShardIteratorRequest.class, read::getShardIterator)
                .add("GetRecords", GetRecordsRequest.class, read::getRecords)
                .add("IncreaseStreamRetentionPeriod", RetentionPeriodRequest.class, streams::increaseRetention)
                .add("DecreaseStreamRetentionPeriod", RetentionPeriodRequest.class, streams::decreaseRetention)
                // Enhanced fan-out
                .add("RegisterStreamConsumer", RegisterStreamConsumerRequest.class, consumers::register)
                .add("DeregisterStreamConsumer", ConsumerTarget.class, consumers::deregister)
                .add("DescribeStreamConsumer", ConsumerTarget.class, consumers::describe)
                .add("ListStreamConsumers", ListStreamConsumersRequest.class, consumers::list)
                .add("SubscribeToShard", SubscribeToShardRequest.class, subscribe::subscribe);
    }

    /**
     * Creates a stream directly, for streams declared in settings, builders and annotations; the same checks
     * as CreateStream apply.
     */
    public void createStream(Scope scope, String name, int shards, boolean onDemand, int retentionHours) {
        if (retentionHours < 24 || retentionHours > 8760) {
            throw new IllegalArgumentException("Retention of stream " + name + " must be 24 to 8760 hours, not "
                    + retentionHours);
        }
        CreateStreamRequest request = new CreateStreamRequest(name, onDemand ? null : shards,
                new StreamModeDetails(onDemand ? "ON_DEMAND" : "PROVISIONED"), null, null, null);
        Validator validator = new Validator();
        request.validate(validator);
        validator.throwIfInvalid();
        streams.createStream(scope, request);
        long now = engine.now();
        engine.stream(scope, name, null, now).retentionHours(retentionHours, now);
    }
}
