package io.kinesisharness.internal.kinesis;

import io.kinesisharness.StreamMode;
import io.kinesisharness.internal.common.Scope;
import io.kinesisharness.internal.dispatch.CodecWarmup;
import io.kinesisharness.internal.dispatch.Dispatcher;
import io.kinesisharness.internal.dispatch.Empty;
import io.kinesisharness.internal.dispatch.OperationTable;
import io.kinesisharness.internal.dispatch.Validator;
import io.kinesisharness.internal.kinesis.api.AddTagsToStreamRequest;
import io.kinesisharness.internal.kinesis.api.ChannelArnRequest;
import io.kinesisharness.internal.kinesis.api.ConsumerTarget;
import io.kinesisharness.internal.kinesis.api.CreateChannelRequest;
import io.kinesisharness.internal.kinesis.api.CreateStreamRequest;
import io.kinesisharness.internal.kinesis.api.DeleteStreamRequest;
import io.kinesisharness.internal.kinesis.api.DescribeStreamRequest;
import io.kinesisharness.internal.kinesis.api.DescribeStreamSummaryRequest;
import io.kinesisharness.internal.kinesis.api.EnhancedMonitoringRequest;
import io.kinesisharness.internal.kinesis.api.GetRecordsRequest;
import io.kinesisharness.internal.kinesis.api.GetShardIteratorRequest;
import io.kinesisharness.internal.kinesis.api.ListChannelsRequest;
import io.kinesisharness.internal.kinesis.api.ListShardsRequest;
import io.kinesisharness.internal.kinesis.api.ListStreamConsumersRequest;
import io.kinesisharness.internal.kinesis.api.ListStreamsRequest;
import io.kinesisharness.internal.kinesis.api.ListTagsForStreamRequest;
import io.kinesisharness.internal.kinesis.api.MergeShardsRequest;
import io.kinesisharness.internal.kinesis.api.PutRecordRequest;
import io.kinesisharness.internal.kinesis.api.PutRecordsRequest;
import io.kinesisharness.internal.kinesis.api.PutResourcePolicyRequest;
import io.kinesisharness.internal.kinesis.api.RegisterStreamConsumerRequest;
import io.kinesisharness.internal.kinesis.api.RemoveTagsFromStreamRequest;
import io.kinesisharness.internal.kinesis.api.ResourceArnRequest;
import io.kinesisharness.internal.kinesis.api.RetentionPeriodRequest;
import io.kinesisharness.internal.kinesis.api.SplitShardRequest;
import io.kinesisharness.internal.kinesis.api.StreamEncryptionRequest;
import io.kinesisharness.internal.kinesis.api.StreamModeDetails;
import io.kinesisharness.internal.kinesis.api.SubscribeToShardRequest;
import io.kinesisharness.internal.kinesis.api.TagResourceRequest;
import io.kinesisharness.internal.kinesis.api.UntagResourceRequest;
import io.kinesisharness.internal.kinesis.api.UpdateAccountSettingsRequest;
import io.kinesisharness.internal.kinesis.api.UpdateChannelRequest;
import io.kinesisharness.internal.kinesis.api.UpdateMaxRecordSizeRequest;
import io.kinesisharness.internal.kinesis.api.UpdateShardCountRequest;
import io.kinesisharness.internal.kinesis.api.UpdateStreamModeRequest;
import io.kinesisharness.internal.kinesis.api.UpdateStreamRecordDistributionStrategyRequest;
import io.kinesisharness.internal.kinesis.api.UpdateStreamWarmThroughputRequest;
import io.kinesisharness.internal.kinesis.fanout.SubscribeOperation;
import io.kinesisharness.internal.kinesis.model.KinesisEngine;
import io.kinesisharness.internal.kinesis.ops.AccountOperations;
import io.kinesisharness.internal.kinesis.ops.ChannelOperations;
import io.kinesisharness.internal.kinesis.ops.ConsumerOperations;
import io.kinesisharness.internal.kinesis.ops.DescribeOperations;
import io.kinesisharness.internal.kinesis.ops.ListShardsOperation;
import io.kinesisharness.internal.kinesis.ops.RateLimitedRegistration;
import io.kinesisharness.internal.kinesis.ops.ReadOperations;
import io.kinesisharness.internal.kinesis.ops.ReshardOperations;
import io.kinesisharness.internal.kinesis.ops.ResourcePolicyOperations;
import io.kinesisharness.internal.kinesis.ops.SourceReaders;
import io.kinesisharness.internal.kinesis.ops.StreamFeatureOperations;
import io.kinesisharness.internal.kinesis.ops.StreamOperations;
import io.kinesisharness.internal.kinesis.ops.StreamSettingsOperations;
import io.kinesisharness.internal.kinesis.ops.TagOperations;
import io.kinesisharness.internal.kinesis.ops.WriteOperations;
import io.kinesisharness.internal.kinesis.source.KinesisSource;
import io.kinesisharness.internal.protocol.awsjson.JsonProtocol;
import io.kinesisharness.internal.protocol.awsjson.WireFormat;
import io.kinesisharness.internal.service.ServiceContext;
import io.kinesisharness.internal.service.ServiceModule;
import io.kinesisharness.settings.KinesisSettings;
import io.kinesisharness.settings.StreamSpec;
import java.util.List;

/**
 * Kinesis Data Streams ({@code Kinesis_20131202.*}) as a service of the harness: its operations, its reset (which
 * creates the configured streams again) and its warm-up.
 */
public final class KinesisModule implements ServiceModule, KinesisSource {

    public static final String TARGET_PREFIX = "Kinesis_20131202";

    private final KinesisEngine engine;
    private final StreamOperations streams;
    private final Scope defaultScope;
    private final SourceReaders sources;

    KinesisModule(ServiceContext context) {
        this.engine = new KinesisEngine(context.config(), context.scheduler());
        this.streams = new StreamOperations(engine);
        this.sources = new SourceReaders(engine);
        this.defaultScope = context.defaultScope();
        createConfiguredStreams();
    }

    @Override
    public StreamReader readFromTip(String streamArn) {
        return sources.readFromTip(streamArn);
    }

    @Override
    public StreamReader readFromTrimHorizon(String streamArn) {
        return sources.readFromTrimHorizon(streamArn);
    }

    @Override
    public java.util.List<OutgoingRecord> put(String streamArn, java.util.List<OutgoingRecord> records) {
        return sources.put(streamArn, records);
    }

    @Override
    public void reset() {
        engine.reset();
        createConfiguredStreams();
    }

    /** ListStreams in both formats: what readiness probes and most clients send first. */
    @Override
    public List<Dispatcher.Call> warmUpCalls() {
        String auth = CodecWarmup.authorization(defaultScope.region(), "kinesis");
        String target = TARGET_PREFIX + ".ListStreams";
        return List.of(new Dispatcher.Call(target, WireFormat.JSON.contentType(), auth, true, new byte[] {'{', '}'}),
                new Dispatcher.Call(target, WireFormat.CBOR.contentType(), auth, true, new byte[] {(byte) 0xa0}));
    }

    /** Streams are created in the default account and region, ACTIVE after the create delay. */
    public void createStream(StreamSpec spec) {
        createStream(defaultScope, spec.name(), spec.shards(), spec.mode() == StreamMode.ON_DEMAND,
                spec.retentionHours());
    }

    private void createConfiguredStreams() {
        for (StreamSpec s : engine.config().get(KinesisSettings.STREAMS)) {
            createStream(s);
        }
    }

    @Override
    public void register(OperationTable table) {
        DescribeOperations describe = new DescribeOperations(engine);
        WriteOperations write = new WriteOperations(engine);
        ReadOperations read = new ReadOperations(engine);
        ListShardsOperation listShards = new ListShardsOperation(engine);
        RateLimitedRegistration kinesis = new RateLimitedRegistration(table.service("kinesis", TARGET_PREFIX, JsonProtocol.KINESIS),
                engine.throttling());
        kinesis.add("CreateStream", CreateStreamRequest.class, streams::createStream)
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
                .add("DecreaseStreamRetentionPeriod", RetentionPeriodRequest.class, streams::decreaseRetention);
        registerResharding(kinesis);
        registerStreamSettings(kinesis);
        registerTagsAndPolicies(kinesis);
        registerAccountAndChannels(kinesis);
        registerFanOut(kinesis);
    }

    // ---- resharding ----
    private void registerResharding(RateLimitedRegistration kinesis) {
        ReshardOperations reshard = new ReshardOperations(engine);
        kinesis.add("SplitShard", SplitShardRequest.class, reshard::splitShard)
                .add("MergeShards", MergeShardsRequest.class, reshard::mergeShards)
                .add("UpdateShardCount", UpdateShardCountRequest.class, reshard::updateShardCount);
    }

    // ---- capacity mode, record distribution, warm throughput, record size, encryption, monitoring ----
    private void registerStreamSettings(RateLimitedRegistration kinesis) {
        StreamSettingsOperations settings = new StreamSettingsOperations(engine);
        StreamFeatureOperations features = new StreamFeatureOperations(engine);
        kinesis.add("UpdateStreamMode", UpdateStreamModeRequest.class, settings::updateStreamMode)
                .add("UpdateStreamRecordDistributionStrategy", UpdateStreamRecordDistributionStrategyRequest.class,
                        settings::updateRecordDistributionStrategy)
                .add("UpdateStreamWarmThroughput", UpdateStreamWarmThroughputRequest.class,
                        settings::updateStreamWarmThroughput)
                .add("UpdateMaxRecordSize", UpdateMaxRecordSizeRequest.class, settings::updateMaxRecordSize)
                .add("StartStreamEncryption", StreamEncryptionRequest.class, features::startStreamEncryption)
                .add("StopStreamEncryption", StreamEncryptionRequest.class, features::stopStreamEncryption)
                .add("EnableEnhancedMonitoring", EnhancedMonitoringRequest.class, features::enableEnhancedMonitoring)
                .add("DisableEnhancedMonitoring", EnhancedMonitoringRequest.class,
                        features::disableEnhancedMonitoring);
    }

    // ---- tags and resource policies ----
    private void registerTagsAndPolicies(RateLimitedRegistration kinesis) {
        TagOperations tags = new TagOperations(engine);
        ResourcePolicyOperations policies = new ResourcePolicyOperations(engine);
        kinesis.add("AddTagsToStream", AddTagsToStreamRequest.class, tags::addTagsToStream)
                .add("RemoveTagsFromStream", RemoveTagsFromStreamRequest.class, tags::removeTagsFromStream)
                .add("ListTagsForStream", ListTagsForStreamRequest.class, tags::listTagsForStream)
                .add("TagResource", TagResourceRequest.class, tags::tagResource)
                .add("UntagResource", UntagResourceRequest.class, tags::untagResource)
                .add("ListTagsForResource", ResourceArnRequest.class, tags::listTagsForResource)
                .add("PutResourcePolicy", PutResourcePolicyRequest.class, policies::putResourcePolicy)
                .add("GetResourcePolicy", ResourceArnRequest.class, policies::getResourcePolicy)
                .add("DeleteResourcePolicy", ResourceArnRequest.class, policies::deleteResourcePolicy);
    }

    // ---- account limits and settings, channels ----
    private void registerAccountAndChannels(RateLimitedRegistration kinesis) {
        AccountOperations account = new AccountOperations(engine);
        ChannelOperations channels = new ChannelOperations(engine);
        kinesis.add("DescribeLimits", Empty.class, account::describeLimits)
                .add("DescribeAccountSettings", Empty.class, account::describeAccountSettings)
                .add("UpdateAccountSettings", UpdateAccountSettingsRequest.class, account::updateAccountSettings)
                .add("CreateChannel", CreateChannelRequest.class, channels::createChannel)
                .add("DescribeChannel", ChannelArnRequest.class, channels::describeChannel)
                .add("DeleteChannel", ChannelArnRequest.class, channels::deleteChannel)
                .add("UpdateChannel", UpdateChannelRequest.class, channels::updateChannel)
                .add("ListChannels", ListChannelsRequest.class, channels::listChannels);
    }

    // ---- enhanced fan-out ----
    private void registerFanOut(RateLimitedRegistration kinesis) {
        ConsumerOperations consumers = new ConsumerOperations(engine);
        SubscribeOperation subscribe = new SubscribeOperation(engine, consumers);
        kinesis.add("RegisterStreamConsumer", RegisterStreamConsumerRequest.class, consumers::register)
                .add("DeregisterStreamConsumer", ConsumerTarget.class, consumers::deregister)
                .add("DescribeStreamConsumer", ConsumerTarget.class, consumers::describe)
                .add("ListStreamConsumers", ListStreamConsumersRequest.class, consumers::list)
                .add("SubscribeToShard", SubscribeToShardRequest.class, subscribe::subscribe);
    }

    /**
     * Creates a stream directly, for streams declared in settings, builders and annotations; the same checks
     * as CreateStream apply.
     */
    private void createStream(Scope scope, String name, int shards, boolean onDemand, int retentionHours) {
        if (retentionHours < 24 || retentionHours > 8760) {
            throw new IllegalArgumentException("Retention of stream " + name + " must be 24 to 8760 hours, not "
                    + retentionHours);
        }
        CreateStreamRequest request = new CreateStreamRequest(name, onDemand ? null : shards,
                new StreamModeDetails(onDemand ? "ON_DEMAND" : "PROVISIONED"), null, null, null, null);
        Validator validator = new Validator(JsonProtocol.KINESIS.shapeNamespace());
        request.validate(validator);
        validator.throwIfInvalid();
        streams.createStream(scope, request);
        long now = engine.now();
        engine.stream(scope, name, null, now).retentionHours(retentionHours, now);
    }
}
