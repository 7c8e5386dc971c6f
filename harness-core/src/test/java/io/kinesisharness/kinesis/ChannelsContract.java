package io.kinesisharness.kinesis;

import static io.kinesisharness.kinesis.support.AwsErrors.expectError;
import static io.kinesisharness.kinesis.support.AwsErrors.expectErrorCode;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.kinesis.model.ChannelDescription;
import software.amazon.awssdk.services.kinesis.model.ChannelSummary;
import software.amazon.awssdk.services.kinesis.model.CreateChannelRequest;
import software.amazon.awssdk.services.kinesis.model.InvalidArgumentException;
import software.amazon.awssdk.services.kinesis.model.ListChannelsResponse;
import software.amazon.awssdk.services.kinesis.model.ResourceInUseException;
import software.amazon.awssdk.services.kinesis.model.ResourceNotFoundException;
import software.amazon.awssdk.services.kinesis.model.StreamMode;
import software.amazon.awssdk.services.kinesis.model.ValidationException;

/** The channel operations: lifecycle, descriptions with AWS's defaults, listing and AWS's refusals. */
abstract class ChannelsContract extends KinesisContract {

    private static final String ROLE = "arn:aws:iam::000000000000:role/channel";
    private static final String BUCKET = "arn:aws:s3:::deliveries";

    @Test
    void a_channel_from_an_on_demand_stream_to_s3_is_described_with_its_defaults() {
        onDemandStream("od");

        ChannelDescription created = kinesis.createChannel(s3Channel("to-s3", "od")).channelDescription();

        assertThat(created.channelName()).isEqualTo("to-s3");
        assertThat(created.channelARN()).isEqualTo("arn:aws:kinesis:us-east-1:" + ACCOUNT + ":channel/to-s3");
        assertThat(created.channelId()).isNotBlank();
        assertThat(created.channelStatusAsString()).isEqualTo("ACTIVE");
        assertThat(created.channelCreationTimestamp()).isEqualTo(harness.clock().now());
        assertThat(created.serviceExecutionRoleARN()).isEqualTo(ROLE);
        assertThat(created.streamConfigurationList()).singleElement().satisfies(s -> {
            assertThat(s.streamARN()).isEqualTo(arn("od"));
            assertThat(s.streamCreationTimestamp()).isEqualTo(harness.clock().now());
        });
        assertThat(created.s3DestinationConfiguration().dataFreshnessInSeconds()).isEqualTo(300);
        assertThat(created.s3DestinationConfiguration().storageConfiguration().bucketARN()).isEqualTo(BUCKET);
        assertThat(created.s3DestinationConfiguration().deadLetterQueueS3Configuration().bucketARN())
                .isEqualTo(BUCKET);
        assertThat(created.loggingConfiguration().cloudWatchLogs().enabled()).isFalse();
        assertThat(kinesis.describeChannel(b -> b.channelARN(created.channelARN())).channelDescription())
                .isEqualTo(created);
        assertThat(kinesis.describeStreamSummary(b -> b.streamName("od")).streamDescriptionSummary().channelCount())
                .isEqualTo(1);
        assertThat(kinesis.describeLimits().channelCount()).isEqualTo(1);
    }

    @Test
    void channels_read_only_on_demand_streams_and_deliver_to_exactly_one_destination() {
        createStream("p", 1);
        onDemandStream("od");

        expectErrorCode(InvalidArgumentException.class, "InvalidArgumentException",
                () -> kinesis.createChannel(s3Channel("c", "p")));
        expectError(InvalidArgumentException.class, "You must specify either S3DestinationConfiguration or "
                + "S3TablesDestinationConfiguration, but not both.", () -> kinesis.createChannel(s3Channel("c", "od")
                        .toBuilder().s3DestinationConfiguration((software.amazon.awssdk.services.kinesis.model
                                .S3DestinationConfiguration) null).build()));
        expectError(ResourceNotFoundException.class, "Stream ghost under account " + ACCOUNT + " not found.",
                () -> kinesis.createChannel(s3Channel("c", "ghost")));
        expectError(ValidationException.class, "1 validation error detected: Value 'bad name' at 'channelName' failed "
                + "to satisfy constraint: Member must satisfy regular expression pattern: [a-zA-Z0-9_.-]+",
                () -> kinesis.createChannel(s3Channel("bad name", "od")));
    }

    @Test
    void channel_names_are_unique_per_account_and_region() {
        onDemandStream("od");
        kinesis.createChannel(s3Channel("c", "od"));

        expectError(ResourceInUseException.class, "Channel c under account " + ACCOUNT + " already exists.",
                () -> kinesis.createChannel(s3Channel("c", "od")));
    }

    @Test
    void update_channel_changes_the_delivery_interval_and_delete_removes_the_channel() {
        onDemandStream("od");
        String arn = kinesis.createChannel(s3Channel("c", "od")).channelDescription().channelARN();

        ChannelDescription updated = kinesis.updateChannel(b -> b.channelARN(arn)
                .s3DestinationConfiguration(d -> d.dataFreshnessInSeconds(60))).channelDescription();
        assertThat(updated.s3DestinationConfiguration().dataFreshnessInSeconds()).isEqualTo(60);
        expectErrorCode(InvalidArgumentException.class, "InvalidArgumentException", () -> kinesis.updateChannel(b -> b
                .channelARN(arn).s3TablesDestinationConfiguration(d -> d.dataFreshnessInSeconds(60))));

        kinesis.deleteChannel(b -> b.channelARN(arn));

        expectError(ResourceNotFoundException.class, "Channel c under account " + ACCOUNT + " not found.",
                () -> kinesis.describeChannel(b -> b.channelARN(arn)));
        assertThat(kinesis.listChannels(b -> { }).channelSummaries()).isEmpty();
    }

    @Test
    void list_channels_filters_by_stream_and_pages() {
        onDemandStream("a");
        onDemandStream("b");
        for (String name : new String[] {"c1", "c2", "c3"}) {
            kinesis.createChannel(s3Channel(name, name.equals("c2") ? "b" : "a"));
        }

        ListChannelsResponse first = kinesis.listChannels(b -> b.maxResults(2));
        ListChannelsResponse second = kinesis.listChannels(b -> b.nextToken(first.nextToken()));
        ListChannelsResponse ofA = kinesis.listChannels(b -> b.streamFilter(f -> f.streamARN(arn("a"))));

        assertThat(first.channelSummaries()).extracting(ChannelSummary::channelName).containsExactly("c1", "c2");
        assertThat(second.channelSummaries()).extracting(ChannelSummary::channelName).containsExactly("c3");
        assertThat(second.nextToken()).isNull();
        assertThat(ofA.channelSummaries()).extracting(ChannelSummary::channelName).containsExactly("c1", "c3");
        assertThat(ofA.channelSummaries().get(0).channelDestinationTypeAsString()).isEqualTo("S3");
        assertThat(ofA.channelSummaries().get(0).streams()).singleElement()
                .satisfies(s -> assertThat(s.streamARN()).isEqualTo(arn("a")));
    }

    private void onDemandStream(String name) {
        kinesis.createStream(b -> b.streamName(name).streamModeDetails(m -> m.streamMode(StreamMode.ON_DEMAND)));
    }

    private CreateChannelRequest s3Channel(String name, String stream) {
        return CreateChannelRequest.builder().channelName(name).serviceExecutionRoleARN(ROLE)
                .streamConfigurationList(c -> c.streamARN(arn(stream)))
                .s3DestinationConfiguration(d -> d.storageConfiguration(s -> s.bucketARN(BUCKET)))
                .build();
    }
}
