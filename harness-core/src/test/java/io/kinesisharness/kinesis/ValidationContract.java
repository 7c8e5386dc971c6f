package io.kinesisharness.kinesis;

import static io.kinesisharness.kinesis.support.AwsErrors.expectError;
import static io.kinesisharness.kinesis.support.AwsErrors.expectErrorCode;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.kinesis.model.InvalidArgumentException;
import software.amazon.awssdk.services.kinesis.model.PutRecordsRequestEntry;
import software.amazon.awssdk.services.kinesis.model.ShardIteratorType;
import software.amazon.awssdk.services.kinesis.model.ValidationException;

/** Shape validation through the SDK: AWS's Coral wording, member order, and the ten-error cap. */
abstract class ValidationContract extends KinesisContract {

    private static final String NAME_PATTERN = "Member must satisfy regular expression pattern: [a-zA-Z0-9_.-]+";

    @Test
    void stream_names_must_match_the_name_pattern() {
        expectError(ValidationException.class, "1 validation error detected: Value 'bad name!' at 'streamName' "
                + "failed to satisfy constraint: " + NAME_PATTERN,
                () -> kinesis.createStream(b -> b.streamName("bad name!").shardCount(1)));
        expectError(ValidationException.class, "1 validation error detected: Value 'a/b' at 'streamName' "
                + "failed to satisfy constraint: " + NAME_PATTERN,
                () -> kinesis.describeStreamSummary(b -> b.streamName("a/b")));

        kinesis.createStream(b -> b.streamName("Az09_.-").shardCount(1));
        assertThat(kinesis.listStreams().streamNames()).containsExactly("Az09_.-");
    }

    @Test
    void stream_names_have_1_to_128_characters() {
        String longest = "n".repeat(128);
        String tooLong = "n".repeat(129);

        expectError(ValidationException.class, "1 validation error detected: Value '" + tooLong + "' at 'streamName' "
                + "failed to satisfy constraint: Member must have length less than or equal to 128",
                () -> kinesis.createStream(b -> b.streamName(tooLong).shardCount(1)));
        kinesis.createStream(b -> b.streamName(longest).shardCount(1));
        assertThat(kinesis.describeStreamSummary(b -> b.streamName(longest)).streamDescriptionSummary().streamName())
                .isEqualTo(longest);
    }

    @Test
    void several_problems_are_reported_together_in_member_order() {
        expectError(ValidationException.class, "3 validation errors detected: Value '0' at 'shardCount' failed to "
                + "satisfy constraint: Member must have value greater than or equal to 1; Value '' at 'streamName' "
                + "failed to satisfy constraint: " + NAME_PATTERN + "; Value '' at 'streamName' failed to satisfy "
                + "constraint: Member must have length greater than or equal to 1",
                () -> kinesis.createStream(b -> b.streamName("").shardCount(0)));
    }

    @Test
    void create_stream_needs_a_stream_name() {
        expectError(ValidationException.class, "1 validation error detected: Value null at 'streamName' failed to "
                + "satisfy constraint: Member must not be null", () -> kinesis.createStream(b -> b.shardCount(1)));
    }

    @Test
    void limits_of_the_list_and_describe_calls_run_from_1_to_10000() {
        createStream("s", 1);

        expectError(ValidationException.class, "1 validation error detected: Value '0' at 'limit' failed to satisfy "
                + "constraint: Member must have value greater than or equal to 1",
                () -> kinesis.describeStream(b -> b.streamName("s").limit(0)));
        expectError(ValidationException.class, "1 validation error detected: Value '10001' at 'limit' failed to "
                + "satisfy constraint: Member must have value less than or equal to 10000",
                () -> kinesis.describeStream(b -> b.streamName("s").limit(10_001)));
        expectError(ValidationException.class, "1 validation error detected: Value '0' at 'limit' failed to satisfy "
                + "constraint: Member must have value greater than or equal to 1",
                () -> kinesis.listStreams(b -> b.limit(0)));
        expectError(ValidationException.class, "1 validation error detected: Value '10001' at 'maxResults' failed to "
                + "satisfy constraint: Member must have value less than or equal to 10000",
                () -> kinesis.listShards(b -> b.streamName("s").maxResults(10_001)));
        expectError(ValidationException.class, "1 validation error detected: Value '0' at 'maxResults' failed to "
                + "satisfy constraint: Member must have value greater than or equal to 1",
                () -> kinesis.listShards(b -> b.streamName("s").maxResults(0)));
    }

    @Test
    void get_records_checks_limit_then_shard_iterator() {
        createStream("s", 1);
        String it = iterator("s", shardId(0), ShardIteratorType.LATEST);
        String tooLong = "i".repeat(513);

        expectError(ValidationException.class, "1 validation error detected: Value '10001' at 'limit' failed to "
                + "satisfy constraint: Member must have value less than or equal to 10000",
                () -> kinesis.getRecords(b -> b.shardIterator(it).limit(10_001)));
        expectError(ValidationException.class, "1 validation error detected: Value null at 'shardIterator' failed to "
                + "satisfy constraint: Member must not be null", () -> kinesis.getRecords(b -> b.limit(5)));
        expectError(ValidationException.class, "2 validation errors detected: Value '0' at 'limit' failed to satisfy "
                + "constraint: Member must have value greater than or equal to 1; Value '" + tooLong + "' at "
                + "'shardIterator' failed to satisfy constraint: Member must have length less than or equal to 512",
                () -> kinesis.getRecords(b -> b.shardIterator(tooLong).limit(0)));
    }

    @Test
    void get_shard_iterator_checks_shard_id_type_and_sequence_number_shapes() {
        createStream("s", 1);

        expectError(ValidationException.class, "2 validation errors detected: Value null at 'shardId' failed to "
                + "satisfy constraint: Member must not be null; Value null at 'shardIteratorType' failed to satisfy "
                + "constraint: Member must not be null", () -> kinesis.getShardIterator(b -> b.streamName("s")));
        expectError(ValidationException.class, "1 validation error detected: Value 'SOMEWHERE' at 'shardIteratorType' "
                + "failed to satisfy constraint: Member must satisfy enum value set: [AFTER_SEQUENCE_NUMBER, LATEST, "
                + "AT_TIMESTAMP, AT_SEQUENCE_NUMBER, TRIM_HORIZON]",
                () -> kinesis.getShardIterator(b -> b.streamName("s").shardId(shardId(0))
                        .shardIteratorType("SOMEWHERE")));
        expectError(ValidationException.class, "1 validation error detected: Value '0123' at 'startingSequenceNumber' "
                + "failed to satisfy constraint: Member must satisfy regular expression pattern: 0|([1-9]\\d{0,128})",
                () -> kinesis.getShardIterator(b -> b.streamName("s").shardId(shardId(0))
                        .shardIteratorType(ShardIteratorType.AT_SEQUENCE_NUMBER).startingSequenceNumber("0123")));
        expectError(ValidationException.class, "1 validation error detected: Value 'shard 0' at 'shardId' failed to "
                + "satisfy constraint: " + NAME_PATTERN, () -> kinesis.getShardIterator(b -> b.streamName("s")
                        .shardId("shard 0").shardIteratorType(ShardIteratorType.LATEST)));
    }

    @Test
    void put_record_checks_its_members_in_aws_order() {
        createStream("s", 1);

        expectError(ValidationException.class, "2 validation errors detected: Value null at 'partitionKey' failed to "
                + "satisfy constraint: Member must not be null; Value null at 'data' failed to satisfy constraint: "
                + "Member must not be null", () -> kinesis.putRecord(b -> b.streamName("s")));
        expectError(ValidationException.class, "3 validation errors detected: Value 'x' at 'sequenceNumberForOrdering' "
                + "failed to satisfy constraint: Member must satisfy regular expression pattern: 0|([1-9]\\d{0,128}); "
                + "Value '' at 'partitionKey' failed to satisfy constraint: Member must have length greater than or "
                + "equal to 1; Value '01' at 'explicitHashKey' failed to satisfy constraint: Member must satisfy "
                + "regular expression pattern: 0|([1-9]\\d{0,38})",
                () -> kinesis.putRecord(b -> b.streamName("s").sequenceNumberForOrdering("x").partitionKey("")
                        .explicitHashKey("01").data(SdkBytes.fromUtf8String("x"))));
    }

    @Test
    void at_most_ten_problems_are_reported() {
        createStream("s", 1);
        List<PutRecordsRequestEntry> entries = new ArrayList<>();
        StringBuilder expected = new StringBuilder("10 validation errors detected: ");
        for (int i = 1; i <= 12; i++) {
            entries.add(PutRecordsRequestEntry.builder().partitionKey("").data(SdkBytes.fromUtf8String("x")).build());
            if (i <= 10) {
                expected.append(i == 1 ? "" : "; ").append("Value '' at 'records.").append(i)
                        .append(".member.partitionKey' failed to satisfy constraint: Member must have length greater "
                                + "than or equal to 1");
            }
        }

        expectError(ValidationException.class, expected.toString(),
                () -> kinesis.putRecords(b -> b.streamName("s").records(entries)));
    }

    @Test
    void a_list_of_structures_over_its_limit_prints_each_as_awss_generated_class() {
        createStream("s", 1);
        List<PutRecordsRequestEntry> entries = new ArrayList<>();
        for (int i = 0; i < 501; i++) {
            entries.add(PutRecordsRequestEntry.builder().partitionKey("k").data(SdkBytes.fromUtf8String("x")).build());
        }

        ValidationException e = org.assertj.core.api.Assertions.catchThrowableOfType(ValidationException.class,
                () -> kinesis.putRecords(b -> b.streamName("s").records(entries)));

        String message = e.awsErrorDetails().errorMessage();
        assertThat(message).startsWith("1 validation error detected: Value '[com.amazonaws.kinesis.v20131202."
                + "PutRecordsRequestEntry@").endsWith("]' at 'records' failed to satisfy constraint: Member must have "
                + "length less than or equal to 500");
        assertThat(message.split("com\\.amazonaws\\.kinesis\\.v20131202\\.PutRecordsRequestEntry@[0-9a-f]+"))
                .hasSize(502);
    }

    @Test
    void a_list_of_strings_over_its_limit_prints_its_elements() {
        createStream("s", 1);
        List<String> keys = new ArrayList<>();
        for (int i = 1; i <= 51; i++) {
            keys.add(Integer.toString(i));
        }

        expectError(ValidationException.class, "1 validation error detected: Value '" + keys + "' at 'tagKeys' failed "
                + "to satisfy constraint: Member must have length less than or equal to 50",
                () -> kinesis.removeTagsFromStream(b -> b.streamName("s").tagKeys(keys)));
    }

    @Test
    void list_streams_checks_the_exclusive_start_stream_name() {
        expectError(ValidationException.class, "1 validation error detected: Value 'no spaces' at "
                + "'exclusiveStartStreamName' failed to satisfy constraint: " + NAME_PATTERN,
                () -> kinesis.listStreams(b -> b.exclusiveStartStreamName("no spaces")));
    }

    @Test
    void retention_changes_need_the_hours() {
        createStream("s", 1);

        expectError(ValidationException.class, "1 validation error detected: Value null at 'retentionPeriodHours' "
                + "failed to satisfy constraint: Member must not be null",
                () -> kinesis.increaseStreamRetentionPeriod(b -> b.streamName("s")));
    }

    @Test
    void stream_arns_must_match_the_arn_pattern() {
        String badArn = "arn:aws:kinesis:us-east-1:123:stream/s";

        expectError(ValidationException.class, "1 validation error detected: Value '" + badArn + "' at 'streamARN' "
                + "failed to satisfy constraint: Member must satisfy regular expression pattern: "
                + "arn:aws.*:kinesis:.*:\\d{12}:stream/\\S+",
                () -> kinesis.describeStreamSummary(b -> b.streamARN(badArn)));
    }

    @Test
    void calls_naming_no_stream_at_all_are_rejected() {
        // The model no longer requires StreamName; AWS's wording for a call that names no stream is not on record.
        expectErrorCode(InvalidArgumentException.class, "InvalidArgumentException",
                () -> kinesis.describeStream(b -> b.limit(5)));
        expectErrorCode(InvalidArgumentException.class, "InvalidArgumentException",
                () -> kinesis.putRecord(b -> b.partitionKey("k").data(SdkBytes.fromUtf8String("x"))));
    }
}
