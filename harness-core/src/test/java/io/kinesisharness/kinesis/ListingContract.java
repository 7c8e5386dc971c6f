package io.kinesisharness.kinesis;

import static io.kinesisharness.kinesis.support.AwsErrors.expectError;
import static io.kinesisharness.kinesis.support.AwsErrors.expectErrorCode;
import static org.assertj.core.api.Assertions.assertThat;

import io.kinesisharness.KinesisHarness;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.kinesis.model.ExpiredNextTokenException;
import software.amazon.awssdk.services.kinesis.model.InvalidArgumentException;
import software.amazon.awssdk.services.kinesis.model.ListShardsResponse;
import software.amazon.awssdk.services.kinesis.model.ListStreamsResponse;
import software.amazon.awssdk.services.kinesis.model.Shard;
import software.amazon.awssdk.services.kinesis.model.ShardFilter;
import software.amazon.awssdk.services.kinesis.model.ShardFilterType;
import software.amazon.awssdk.services.kinesis.model.StreamDescription;
import software.amazon.awssdk.services.kinesis.model.StreamMode;
import software.amazon.awssdk.services.kinesis.model.StreamStatus;
import software.amazon.awssdk.services.kinesis.model.StreamSummary;

/** ListStreams, DescribeStream's shard paging and ListShards with its tokens and filters. */
abstract class ListingContract extends KinesisContract {

    @Override
    protected KinesisHarness.Builder configure(KinesisHarness.Builder builder) {
        // Room for a stream with more shards than one ListShards page holds.
        return builder.shardLimit(1_200);
    }

    // ---- ListStreams ----

    @Test
    void list_streams_returns_names_and_summaries_in_name_order() {
        Instant created = harness.clock().now();
        for (String name : List.of("bravo", "alpha", "charlie")) {
            createStream(name, 1);
        }

        ListStreamsResponse r = kinesis.listStreams();

        assertThat(r.streamNames()).containsExactly("alpha", "bravo", "charlie");
        assertThat(r.hasMoreStreams()).isFalse();
        assertThat(r.nextToken()).isNull();
        assertThat(r.streamSummaries()).extracting(StreamSummary::streamName).containsExactly("alpha", "bravo",
                "charlie");
        StreamSummary alpha = r.streamSummaries().get(0);
        assertThat(alpha.streamARN()).isEqualTo(arn("alpha"));
        assertThat(alpha.streamStatus()).isEqualTo(StreamStatus.ACTIVE);
        assertThat(alpha.streamModeDetails().streamMode()).isEqualTo(StreamMode.PROVISIONED);
        assertThat(alpha.streamCreationTimestamp()).isEqualTo(created);
    }

    @Test
    void list_streams_of_an_empty_account_returns_empty_lists() {
        ListStreamsResponse r = kinesis.listStreams();

        assertThat(r.hasStreamNames()).isTrue();
        assertThat(r.streamNames()).isEmpty();
        assertThat(r.hasMoreStreams()).isFalse();
        assertThat(r.nextToken()).isNull();
    }

    @Test
    void list_streams_pages_by_limit_and_next_token() {
        for (String name : List.of("e", "d", "c", "b", "a")) {
            createStream(name, 1);
        }

        ListStreamsResponse first = kinesis.listStreams(b -> b.limit(2));
        ListStreamsResponse second = kinesis.listStreams(b -> b.limit(2).nextToken(first.nextToken()));
        ListStreamsResponse third = kinesis.listStreams(b -> b.limit(2).nextToken(second.nextToken()));

        assertThat(first.streamNames()).containsExactly("a", "b");
        assertThat(first.hasMoreStreams()).isTrue();
        assertThat(first.nextToken()).isNotBlank();
        assertThat(first.streamSummaries()).extracting(StreamSummary::streamName).containsExactly("a", "b");
        assertThat(second.streamNames()).containsExactly("c", "d");
        assertThat(second.hasMoreStreams()).isTrue();
        assertThat(third.streamNames()).containsExactly("e");
        assertThat(third.hasMoreStreams()).isFalse();
        assertThat(third.nextToken()).isNull();
    }

    @Test
    void list_streams_pages_by_exclusive_start_stream_name() {
        for (String name : List.of("a", "b", "c", "d", "e")) {
            createStream(name, 1);
        }

        ListStreamsResponse page = kinesis.listStreams(b -> b.limit(2).exclusiveStartStreamName("b"));
        ListStreamsResponse fromGap = kinesis.listStreams(b -> b.exclusiveStartStreamName("bb"));
        ListStreamsResponse past = kinesis.listStreams(b -> b.exclusiveStartStreamName("e"));

        assertThat(page.streamNames()).containsExactly("c", "d");
        assertThat(page.hasMoreStreams()).isTrue();
        assertThat(fromGap.streamNames()).containsExactly("c", "d", "e");
        assertThat(fromGap.hasMoreStreams()).isFalse();
        assertThat(past.streamNames()).isEmpty();
        assertThat(past.hasMoreStreams()).isFalse();
    }

    @Test
    void list_streams_returns_at_most_100_names_whatever_the_limit() {
        for (int i = 0; i < 101; i++) {
            createStream(String.format("stream-%03d", i), 1);
        }

        ListStreamsResponse big = kinesis.listStreams(b -> b.limit(10_000));
        ListStreamsResponse defaulted = kinesis.listStreams();

        assertThat(big.streamNames()).hasSize(100).first().isEqualTo("stream-000");
        assertThat(big.hasMoreStreams()).isTrue();
        assertThat(defaulted.streamNames()).hasSize(100);
        assertThat(defaulted.hasMoreStreams()).isTrue();
        assertThat(kinesis.listStreams(b -> b.nextToken(big.nextToken())).streamNames())
                .containsExactly("stream-100");
    }

    @Test
    void list_streams_next_token_expires_300_seconds_after_it_was_issued() {
        createStream("a", 1);
        createStream("b", 1);
        String token = kinesis.listStreams(b -> b.limit(1)).nextToken();

        harness.clock().advance(Duration.ofSeconds(300));
        assertThat(kinesis.listStreams(b -> b.nextToken(token)).streamNames()).containsExactly("b");
        harness.clock().advance(Duration.ofMillis(1));

        expectErrorCode(ExpiredNextTokenException.class, "ExpiredNextTokenException",
                () -> kinesis.listStreams(b -> b.nextToken(token)));
    }

    @Test
    void list_streams_rejects_a_next_token_that_is_not_one() {
        // AWS's wording for these two is not on record.
        expectErrorCode(InvalidArgumentException.class, "InvalidArgumentException",
                () -> kinesis.listStreams(b -> b.nextToken("not-a-token")));
        createStream("a", 1);
        createStream("b", 1);
        String token = kinesis.listStreams(b -> b.limit(1)).nextToken();
        expectErrorCode(InvalidArgumentException.class, "InvalidArgumentException",
                () -> kinesis.listStreams(b -> b.nextToken(token).exclusiveStartStreamName("a")));
    }

    // ---- DescribeStream paging ----

    @Test
    void describe_stream_pages_shards_by_limit_and_exclusive_start_shard_id() {
        createStream("s", 7);

        StreamDescription first = kinesis.describeStream(b -> b.streamName("s").limit(3)).streamDescription();
        StreamDescription second = kinesis.describeStream(b -> b.streamName("s").limit(3)
                .exclusiveStartShardId(shardId(2))).streamDescription();
        StreamDescription last = kinesis.describeStream(b -> b.streamName("s").limit(3)
                .exclusiveStartShardId("shardId-5")).streamDescription();

        assertThat(first.shards()).extracting(Shard::shardId).containsExactly(shardId(0), shardId(1), shardId(2));
        assertThat(first.hasMoreShards()).isTrue();
        assertThat(second.shards()).extracting(Shard::shardId).containsExactly(shardId(3), shardId(4), shardId(5));
        assertThat(second.hasMoreShards()).isTrue();
        assertThat(last.shards()).extracting(Shard::shardId).containsExactly(shardId(6));
        assertThat(last.hasMoreShards()).isFalse();
    }

    @Test
    void describe_stream_returns_at_most_100_shards_whatever_the_limit() {
        createStream("wide", 150);

        StreamDescription big = kinesis.describeStream(b -> b.streamName("wide").limit(10_000)).streamDescription();
        StreamDescription defaulted = kinesis.describeStream(b -> b.streamName("wide")).streamDescription();
        StreamDescription rest = kinesis.describeStream(b -> b.streamName("wide")
                .exclusiveStartShardId(shardId(99))).streamDescription();

        assertThat(big.shards()).hasSize(100);
        assertThat(big.hasMoreShards()).isTrue();
        assertThat(defaulted.shards()).hasSize(100);
        assertThat(defaulted.hasMoreShards()).isTrue();
        assertThat(rest.shards()).hasSize(50).first().extracting(Shard::shardId).isEqualTo(shardId(100));
        assertThat(rest.hasMoreShards()).isFalse();
    }

    // ---- ListShards ----

    @Test
    void list_shards_returns_every_shard_and_no_next_token_when_all_fit() {
        createStream("s", 3);

        ListShardsResponse r = kinesis.listShards(b -> b.streamName("s"));

        assertThat(r.shards()).extracting(Shard::shardId).containsExactly(shardId(0), shardId(1), shardId(2));
        assertThat(r.shards()).isEqualTo(kinesis.describeStream(b -> b.streamName("s")).streamDescription().shards());
        assertThat(r.nextToken()).isNull();
    }

    @Test
    void list_shards_pages_by_max_results_and_next_token() {
        createStream("s", 5);

        ListShardsResponse first = kinesis.listShards(b -> b.streamName("s").maxResults(2));
        ListShardsResponse second = kinesis.listShards(b -> b.nextToken(first.nextToken()).maxResults(2));
        ListShardsResponse third = kinesis.listShards(b -> b.nextToken(second.nextToken()).maxResults(2));

        assertThat(first.shards()).extracting(Shard::shardId).containsExactly(shardId(0), shardId(1));
        assertThat(first.nextToken()).isNotBlank();
        assertThat(second.shards()).extracting(Shard::shardId).containsExactly(shardId(2), shardId(3));
        assertThat(second.nextToken()).isNotBlank();
        assertThat(third.shards()).extracting(Shard::shardId).containsExactly(shardId(4));
        assertThat(third.nextToken()).isNull();
    }

    @Test
    void list_shards_starts_after_the_exclusive_start_shard_id_in_long_or_short_form() {
        createStream("s", 4);

        for (String id : List.of("shardId-000000000001", "shardId-1", "1")) {
            assertThat(kinesis.listShards(b -> b.streamName("s").exclusiveStartShardId(id)).shards()).as(id)
                    .extracting(Shard::shardId).containsExactly(shardId(2), shardId(3));
        }
    }

    @Test
    void list_shards_returns_at_most_1000_shards_per_page() {
        createStream("huge", 1_001);

        ListShardsResponse first = kinesis.listShards(b -> b.streamName("huge").maxResults(10_000));
        ListShardsResponse defaulted = kinesis.listShards(b -> b.streamName("huge"));
        ListShardsResponse second = kinesis.listShards(b -> b.nextToken(first.nextToken()));

        assertThat(first.shards()).hasSize(1_000);
        assertThat(first.nextToken()).isNotBlank();
        assertThat(defaulted.shards()).hasSize(1_000);
        assertThat(second.shards()).extracting(Shard::shardId).containsExactly(shardId(1_000));
        assertThat(second.nextToken()).isNull();
    }

    @Test
    void list_shards_filters_that_keep_open_shards_return_every_shard_of_a_fresh_stream() {
        createStream("s", 4);
        Instant created = harness.clock().now();
        harness.clock().advance(Duration.ofMinutes(1));
        List<String> all = IntStream.range(0, 4).mapToObj(KinesisContract::shardId).toList();

        assertThat(filtered("s", ShardFilter.builder().type(ShardFilterType.AT_LATEST).build())).isEqualTo(all);
        assertThat(filtered("s", ShardFilter.builder().type(ShardFilterType.AT_TRIM_HORIZON).build())).isEqualTo(all);
        assertThat(filtered("s", ShardFilter.builder().type(ShardFilterType.FROM_TRIM_HORIZON).build()))
                .isEqualTo(all);
        assertThat(filtered("s", ShardFilter.builder().type(ShardFilterType.AT_TIMESTAMP).timestamp(created)
                .build())).isEqualTo(all);
        // A timestamp before the stream existed still lands on its first shards.
        assertThat(filtered("s", ShardFilter.builder().type(ShardFilterType.AT_TIMESTAMP)
                .timestamp(created.minus(Duration.ofHours(1))).build())).isEqualTo(all);
        assertThat(filtered("s", ShardFilter.builder().type(ShardFilterType.FROM_TIMESTAMP)
                .timestamp(harness.clock().now()).build())).isEqualTo(all);
    }

    @Test
    void list_shards_after_shard_id_filter_lists_the_shards_that_follow() {
        createStream("s", 4);

        assertThat(filtered("s", ShardFilter.builder().type(ShardFilterType.AFTER_SHARD_ID).shardId(shardId(1))
                .build())).containsExactly(shardId(2), shardId(3));
        assertThat(filtered("s", ShardFilter.builder().type(ShardFilterType.AFTER_SHARD_ID).shardId("shardId-2")
                .build())).containsExactly(shardId(3));
        assertThat(filtered("s", ShardFilter.builder().type(ShardFilterType.AFTER_SHARD_ID).shardId(shardId(3))
                .build())).isEmpty();
    }

    @Test
    void list_shards_keeps_the_filter_across_pages() {
        createStream("s", 5);
        ShardFilter after = ShardFilter.builder().type(ShardFilterType.AFTER_SHARD_ID).shardId(shardId(0)).build();
        ShardFilter latest = ShardFilter.builder().type(ShardFilterType.AT_LATEST).build();

        assertThat(allPages("s", after, 2)).containsExactly(shardId(1), shardId(2), shardId(3), shardId(4));
        assertThat(allPages("s", latest, 2)).containsExactly(shardId(0), shardId(1), shardId(2), shardId(3),
                shardId(4));
    }

    @Test
    void list_shards_next_token_cannot_be_combined_with_what_it_already_encodes() {
        createStream("s", 3);
        String token = kinesis.listShards(b -> b.streamName("s").maxResults(1)).nextToken();

        expectError(InvalidArgumentException.class, "NextToken and StreamName cannot be provided together.",
                () -> kinesis.listShards(b -> b.nextToken(token).streamName("s")));
        expectError(InvalidArgumentException.class, "NextToken and StreamARN cannot be provided together.",
                () -> kinesis.listShards(b -> b.nextToken(token).streamARN(arn("s"))));
        expectError(InvalidArgumentException.class, "NextToken and ExclusiveStartShardId cannot be provided together.",
                () -> kinesis.listShards(b -> b.nextToken(token).exclusiveStartShardId(shardId(0))));
        expectError(InvalidArgumentException.class, "NextToken and ShardFilter cannot be provided together.",
                () -> kinesis.listShards(b -> b.nextToken(token).shardFilter(f -> f.type(ShardFilterType.AT_LATEST))));
        assertThat(kinesis.listShards(b -> b.nextToken(token)).shards()).extracting(Shard::shardId)
                .containsExactly(shardId(1), shardId(2));
    }

    @Test
    void list_shards_needs_a_stream_or_a_next_token() {
        expectError(InvalidArgumentException.class, "Either NextToken or StreamName should be provided.",
                () -> kinesis.listShards(b -> b.maxResults(5)));
    }

    @Test
    void list_shards_next_token_expires_300_seconds_after_it_was_issued() {
        createStream("s", 3);
        String token = kinesis.listShards(b -> b.streamName("s").maxResults(1)).nextToken();

        harness.clock().advance(Duration.ofSeconds(300));
        assertThat(kinesis.listShards(b -> b.nextToken(token)).shards()).hasSize(2);
        harness.clock().advance(Duration.ofMillis(1));

        // The exception is documented; its AWS message is not on record.
        expectErrorCode(ExpiredNextTokenException.class, "ExpiredNextTokenException",
                () -> kinesis.listShards(b -> b.nextToken(token)));
    }

    @Test
    void list_shards_rejects_filters_missing_what_their_type_needs() {
        createStream("s", 2);

        // Required by the API reference; AWS's wording for these is not on record.
        for (ShardFilter bad : List.of(ShardFilter.builder().type(ShardFilterType.AFTER_SHARD_ID).build(),
                ShardFilter.builder().type(ShardFilterType.AT_TIMESTAMP).build(),
                ShardFilter.builder().type(ShardFilterType.FROM_TIMESTAMP).build())) {
            expectErrorCode(InvalidArgumentException.class, "InvalidArgumentException",
                    () -> kinesis.listShards(b -> b.streamName("s").shardFilter(bad)));
        }
        expectErrorCode(InvalidArgumentException.class, "InvalidArgumentException",
                () -> kinesis.listShards(b -> b.streamName("s").exclusiveStartShardId(shardId(0))
                        .shardFilter(f -> f.type(ShardFilterType.AT_LATEST))));
        expectErrorCode(InvalidArgumentException.class, "InvalidArgumentException",
                () -> kinesis.listShards(b -> b.nextToken("bm90LWEtdG9rZW4=")));
    }

    private List<String> filtered(String stream, ShardFilter filter) {
        ListShardsResponse r = kinesis.listShards(b -> b.streamName(stream).shardFilter(filter));
        assertThat(r.nextToken()).isNull();
        return r.shards().stream().map(Shard::shardId).toList();
    }

    private List<String> allPages(String stream, ShardFilter filter, int pageSize) {
        List<String> ids = new ArrayList<>();
        ListShardsResponse page = kinesis.listShards(b -> b.streamName(stream).shardFilter(filter)
                .maxResults(pageSize));
        while (true) {
            assertThat(page.shards().size()).isLessThanOrEqualTo(pageSize);
            page.shards().forEach(s -> ids.add(s.shardId()));
            if (page.nextToken() == null) {
                return ids;
            }
            String token = page.nextToken();
            page = kinesis.listShards(b -> b.nextToken(token).maxResults(pageSize));
        }
    }
}
