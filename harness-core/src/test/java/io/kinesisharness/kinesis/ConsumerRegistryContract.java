package io.kinesisharness.kinesis;

import io.kinesisharness.KinesisHarness;
import java.time.Duration;
import software.amazon.awssdk.services.kinesis.model.ConsumerDescription;

/**
 * The frame of the consumer-registry suites: a harness whose consumers stay CREATING for 10 s and DELETING for
 * 5 s of harness time, so that every status can be seen at its exact instants.
 */
abstract class ConsumerRegistryContract extends KinesisContract {

    static final Duration REGISTER_DELAY = Duration.ofSeconds(10);
    static final Duration DEREGISTER_DELAY = Duration.ofSeconds(5);

    @Override
    protected KinesisHarness.Builder configure(KinesisHarness.Builder builder) {
        return builder.setting("register-consumer-delay", "10s").setting("deregister-consumer-delay", "5s");
    }

    protected String register(String stream, String name) {
        return kinesis.registerStreamConsumer(b -> b.streamARN(arn(stream)).consumerName(name)).consumer()
                .consumerARN();
    }

    protected ConsumerDescription describe(String consumerArn) {
        return kinesis.describeStreamConsumer(b -> b.consumerARN(consumerArn)).consumerDescription();
    }

    protected int consumerCount(String stream) {
        return kinesis.describeStreamSummary(b -> b.streamName(stream)).streamDescriptionSummary().consumerCount();
    }
}
