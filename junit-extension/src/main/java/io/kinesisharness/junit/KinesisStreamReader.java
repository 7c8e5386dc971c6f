package io.kinesisharness.junit;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.kinesis.KinesisClient;
import software.amazon.awssdk.services.kinesis.model.GetRecordsResponse;
import software.amazon.awssdk.services.kinesis.model.ListShardsRequest;
import software.amazon.awssdk.services.kinesis.model.ListShardsResponse;
import software.amazon.awssdk.services.kinesis.model.Record;
import software.amazon.awssdk.services.kinesis.model.ResourceNotFoundException;
import software.amazon.awssdk.services.kinesis.model.Shard;
import software.amazon.awssdk.services.kinesis.model.ShardIteratorType;

/**
 * Reads everything a stream holds, through the real Kinesis API, without iterator bookkeeping: every shard
 * (parents before children), each in sequence order. Injectable into tests of a {@link KinesisHarnessTest}.
 */
public final class KinesisStreamReader {

    /** A bound on GetRecords calls per shard, so a reader can never spin forever. */
    private static final int MAX_CALLS_PER_SHARD = 100_000;

    private final KinesisClient kinesis;

    public KinesisStreamReader(KinesisClient kinesis) {
        this.kinesis = kinesis;
    }

    /** All records of the stream: shard by shard in shard-id order, each shard in sequence order. */
    public List<StreamRecord> readAll(String stream) {
        List<StreamRecord> all = new ArrayList<>();
        readAllByShard(stream).values().forEach(all::addAll);
        return all;
    }

    /** The data of every record as UTF-8 text, in {@link #readAll} order. */
    public List<String> readAllAsStrings(String stream) {
        return readAll(stream).stream().map(StreamRecord::dataAsString).toList();
    }

    /** Records per shard id (shard-id order), each list in sequence order; empty shards map to empty lists. */
    public Map<String, List<StreamRecord>> readAllByShard(String stream) {
        Map<String, List<StreamRecord>> byShard = new LinkedHashMap<>();
        for (Shard shard : shards(stream)) {
            byShard.put(shard.shardId(), readShard(stream, shard.shardId()));
        }
        return byShard;
    }

    /** The records of one shard, from its trim horizon to its end or tip. */
    public List<StreamRecord> readShard(String stream, String shardId) {
        List<StreamRecord> records = new ArrayList<>();
        try {
            String iterator = kinesis.getShardIterator(r -> r.streamName(stream).shardId(shardId)
                    .shardIteratorType(ShardIteratorType.TRIM_HORIZON)).shardIterator();
            for (int call = 0; iterator != null; call++) {
                if (call == MAX_CALLS_PER_SHARD) {
                    throw new AssertionError("Gave up reading shard " + shardId + " of stream '" + stream
                            + "' after " + MAX_CALLS_PER_SHARD + " GetRecords calls (" + records.size()
                            + " records read); is something writing to it continuously?");
                }
                String current = iterator;
                GetRecordsResponse page = kinesis.getRecords(r -> r.shardIterator(current).limit(10_000));
                for (Record r : page.records()) {
                    records.add(new StreamRecord(shardId, r.sequenceNumber(), r.partitionKey(),
                            r.data().asByteArray(), r.approximateArrivalTimestamp()));
                }
                boolean atTip = page.records().isEmpty() && Long.valueOf(0).equals(page.millisBehindLatest());
                iterator = atTip ? null : page.nextShardIterator();
            }
        } catch (SdkException e) {
            throw new AssertionError("Reading shard " + shardId + " of stream '" + stream + "' failed: "
                    + e.getMessage(), e);
        }
        return records;
    }

    private List<Shard> shards(String stream) {
        List<Shard> shards = new ArrayList<>();
        try {
            ListShardsResponse page = kinesis.listShards(ListShardsRequest.builder().streamName(stream).build());
            shards.addAll(page.shards());
            while (page.nextToken() != null) {
                String token = page.nextToken();
                page = kinesis.listShards(r -> r.nextToken(token));
                shards.addAll(page.shards());
            }
        } catch (ResourceNotFoundException e) {
            List<String> existing = kinesis.listStreams().streamNames();
            throw new AssertionError("Stream '" + stream + "' does not exist; the streams there are " + existing, e);
        } catch (SdkException e) {
            throw new AssertionError("Listing the shards of stream '" + stream + "' failed: " + e.getMessage(), e);
        }
        shards.sort(Comparator.comparing(Shard::shardId));
        return shards;
    }
}
