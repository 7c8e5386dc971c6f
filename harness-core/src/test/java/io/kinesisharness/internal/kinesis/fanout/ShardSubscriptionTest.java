package io.kinesisharness.internal.kinesis.fanout;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.kinesisharness.ClockMode;
import io.kinesisharness.internal.clock.ControlledClock;
import io.kinesisharness.internal.clock.HarnessScheduler;
import io.kinesisharness.internal.common.Scope;
import io.kinesisharness.internal.config.HarnessConfig;
import io.kinesisharness.internal.dispatch.EventStreamSink;
import io.kinesisharness.internal.dispatch.RequestContext;
import io.kinesisharness.internal.dispatch.StreamingAnswer;
import io.kinesisharness.internal.kinesis.api.CreateStreamRequest;
import io.kinesisharness.internal.kinesis.api.PutRecordRequest;
import io.kinesisharness.internal.kinesis.api.RegisterStreamConsumerRequest;
import io.kinesisharness.internal.kinesis.api.StartingPosition;
import io.kinesisharness.internal.kinesis.api.StreamModeDetails;
import io.kinesisharness.internal.kinesis.api.SubscribeToShardRequest;
import io.kinesisharness.internal.kinesis.model.KinesisEngine;
import io.kinesisharness.internal.kinesis.model.KinesisStream;
import io.kinesisharness.internal.kinesis.model.StreamShard;
import io.kinesisharness.internal.kinesis.ops.ConsumerOperations;
import io.kinesisharness.internal.kinesis.ops.StreamOperations;
import io.kinesisharness.internal.kinesis.ops.WriteOperations;
import io.kinesisharness.internal.protocol.awsjson.WireFormat;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.eventstream.Message;

/**
 * A subscription against the engine alone, below HTTP: what it writes when, how it waits for a slow client, and
 * how it ends at a closed shard (resharding operations are not needed to close one here).
 */
class ShardSubscriptionTest {

    private static final Instant START = Instant.parse("2026-01-01T00:00:00Z");
    private static final Scope SCOPE = new Scope("000000000000", "us-east-1");
    private static final RequestContext JSON = new RequestContext(SCOPE, WireFormat.JSON, "SubscribeToShard", null);

    private final ControlledClock clock = new ControlledClock(ClockMode.MANUAL, START, Clock.systemUTC());
    private final HarnessScheduler scheduler = new HarnessScheduler(clock);
    private final KinesisEngine engine = new KinesisEngine(HarnessConfig.defaults(), scheduler);
    private final ConsumerOperations consumers = new ConsumerOperations(engine);
    private final SubscribeOperation subscribe = new SubscribeOperation(engine, consumers);
    private final WriteOperations write = new WriteOperations(engine);

    @AfterEach
    void stopScheduler() {
        scheduler.close();
    }

    @Test
    void the_first_message_is_the_initial_response_event_with_an_empty_payload() {
        KinesisStream stream = stream("s", 1);
        FakeStreamingResponse response = subscribe(stream, 0, "LATEST");

        assertThat(response.contentType()).isEqualTo("application/vnd.amazon.eventstream");
        Message first = response.messages().get(0);
        assertThat(first.getHeaders().get(":message-type").getString()).isEqualTo("event");
        assertThat(first.getHeaders().get(":event-type").getString()).isEqualTo("initial-response");
        assertThat(first.getHeaders().get(":content-type").getString()).isEqualTo("application/x-amz-json-1.1");
        assertThat(new String(first.getPayload(), StandardCharsets.UTF_8)).isEqualTo("{}");
        assertThat(response.messages()).hasSize(1);
    }

    @Test
    void a_slow_client_stops_the_reading_and_gets_everything_once_it_catches_up() {
        KinesisStream stream = stream("s", 1);
        FakeStreamingResponse response = subscribe(stream, 0, "LATEST");
        response.writable(false);

        for (int i = 0; i < 3; i++) {
            put(stream, "r" + i, new byte[600 * 1024]);
        }
        assertThat(response.events()).as("nothing written while the client is behind").isEmpty();

        response.writable(true);

        List<JsonNode> events = response.events();
        assertThat(events).hasSize(3);
        assertThat(events).allSatisfy(e -> assertThat(e.get("Records")).hasSize(1));
        assertThat(events).extracting(e -> e.get("Records").get(0).get("PartitionKey").asText())
                .containsExactly("r0", "r1", "r2");
    }

    @Test
    void at_the_end_of_a_closed_shard_the_last_event_names_its_children_and_the_stream_ends() {
        KinesisStream stream = stream("s", 1);
        put(stream, "before", new byte[1]);
        FakeStreamingResponse response = subscribe(stream, 0, "TRIM_HORIZON");
        assertThat(response.events()).hasSize(1);

        List<StreamShard> children = split(stream, 0);

        List<JsonNode> events = response.events();
        assertThat(events).hasSize(2);
        JsonNode last = events.get(1);
        assertThat(last.get("Records")).isEmpty();
        assertThat(last.has("ContinuationSequenceNumber")).isFalse();
        assertThat(last.get("MillisBehindLatest").asLong()).isZero();
        List<String> childIds = new ArrayList<>();
        last.get("ChildShards").forEach(c -> {
            childIds.add(c.get("ShardId").asText());
            assertThat(c.get("ParentShards").get(0).asText()).isEqualTo("shardId-000000000000");
        });
        assertThat(childIds).containsExactly(children.get(0).id(), children.get(1).id());
        assertThat(response.ended()).isTrue();
        assertThat(stream.consumers().find("app", engine.now()).subscriptions()).isEmpty();
    }

    @Test
    void a_subscription_starting_past_a_closed_shards_end_gets_the_children_at_once() {
        KinesisStream stream = stream("s", 1);
        String last = put(stream, "only", new byte[1]);
        split(stream, 0);

        FakeStreamingResponse response = subscribe(stream, 0, "AFTER_SEQUENCE_NUMBER", last);

        assertThat(response.events()).singleElement().satisfies(e -> {
            assertThat(e.get("Records")).isEmpty();
            assertThat(e.get("ChildShards")).hasSize(2);
        });
        assertThat(response.ended()).isTrue();
    }

    @Test
    void a_client_that_leaves_is_forgotten_and_no_longer_told_of_new_records() {
        KinesisStream stream = stream("s", 1);
        FakeStreamingResponse response = subscribe(stream, 0, "LATEST");

        response.clientLeaves();
        put(stream, "late", new byte[1]);

        assertThat(response.events()).isEmpty();
        assertThat(engine.subscriptions()).isEmpty();
        assertThat(scheduler.pending()).isZero();
    }

    @Test
    void a_reset_ends_every_subscription() {
        KinesisStream stream = stream("s", 2);
        FakeStreamingResponse one = subscribe(stream, 0, "LATEST");
        FakeStreamingResponse two = subscribe(stream, 1, "LATEST");

        engine.reset();

        assertThat(one.ended()).isTrue();
        assertThat(two.ended()).isTrue();
        assertThat(engine.subscriptions()).isEmpty();
    }

    @Test
    void heartbeats_and_the_five_minute_end_follow_the_harness_clock() {
        KinesisStream stream = stream("s", 1);
        FakeStreamingResponse response = subscribe(stream, 0, "LATEST");

        clock.advance(Duration.ofSeconds(14));
        assertThat(response.events()).hasSize(2);
        clock.advance(Duration.ofMinutes(5).minusSeconds(14).minusMillis(1));
        assertThat(response.ended()).isFalse();
        assertThat(response.events()).hasSize(59);
        clock.advance(Duration.ofMillis(1));

        assertThat(response.ended()).isTrue();
        assertThat(response.events()).hasSize(59);
        assertThat(scheduler.pending()).isZero();
    }

    @Test
    void a_connection_silent_in_real_time_gets_an_empty_event_though_the_harness_clock_stands_still() {
        KinesisStream stream = stream("s", 1);
        String last = put(stream, "a", new byte[1]);
        FakeStreamingResponse response = subscribe(stream, 0, "LATEST");

        response.goesIdle();

        assertThat(response.events()).singleElement().satisfies(e -> {
            assertThat(e.get("Records")).isEmpty();
            assertThat(e.get("ContinuationSequenceNumber").asText()).isEqualTo(last);
        });
        assertThat(clock.now()).isEqualTo(START);
    }

    private KinesisStream stream(String name, int shards) {
        new StreamOperations(engine).createStream(SCOPE, new CreateStreamRequest(name, shards,
                new StreamModeDetails("PROVISIONED"), null, null, null, null));
        KinesisStream stream = engine.stream(SCOPE, name, null, engine.now());
        consumers.register(JSON, new RegisterStreamConsumerRequest(stream.arn(), "app"));
        return stream;
    }

    private FakeStreamingResponse subscribe(KinesisStream stream, int shard, String type) {
        return subscribe(stream, shard, type, null);
    }

    private FakeStreamingResponse subscribe(KinesisStream stream, int shard, String type, String sequenceNumber) {
        String consumerArn = stream.consumers().find("app", engine.now()).arn();
        StreamingAnswer answer = subscribe.subscribe(JSON, new SubscribeToShardRequest(consumerArn,
                StreamShard.idOf(shard), new StartingPosition(type, sequenceNumber, null), null));
        FakeStreamingResponse response = new FakeStreamingResponse();
        answer.start(new EventStreamSink(response, WireFormat.JSON));
        return response;
    }

    private String put(KinesisStream stream, String partitionKey, byte[] data) {
        return write.putRecord(JSON, new PutRecordRequest(stream.name(), data, partitionKey, null, null, null, null, null))
                .sequenceNumber();
    }

    /** Closes a shard and opens two children splitting its hash-key range, as SplitShard does. */
    private List<StreamShard> split(KinesisStream stream, int index) {
        long now = engine.now();
        StreamShard parent = stream.shard(index);
        BigInteger middle = parent.startingHashKey().add(parent.endingHashKey()).shiftRight(1);
        StreamShard left = stream.addShard(parent.startingHashKey(), middle, parent.id(), null, now);
        StreamShard right = stream.addShard(middle.add(BigInteger.ONE), parent.endingHashKey(), parent.id(), null,
                now);
        parent.close(now);
        stream.refreshRouting();
        return List.of(left, right);
    }
}
