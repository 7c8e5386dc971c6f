package io.kinesisharness.testcontainers;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.kinesis.KinesisClient;
import software.amazon.awssdk.services.kinesis.model.GetRecordsResponse;
import software.amazon.awssdk.services.kinesis.model.PutRecordResponse;
import software.amazon.awssdk.services.kinesis.model.Record;
import software.amazon.awssdk.services.kinesis.model.Shard;
import software.amazon.awssdk.services.kinesis.model.ShardIteratorType;

/** Writing and reading text records the way an application does, through the SDK. */
final class Records {

    private Records() {
    }

    static PutRecordResponse put(KinesisClient kinesis, String stream, String key, String text) {
        return kinesis.putRecord(r -> r.streamName(stream).partitionKey(key)
                .data(SdkBytes.fromString(text, StandardCharsets.UTF_8)));
    }

    /** Every record still in the stream, shard by shard, from a fresh TRIM_HORIZON iterator. */
    static List<Record> readAll(KinesisClient kinesis, String stream) {
        List<Record> out = new ArrayList<>();
        for (Shard shard : kinesis.listShards(r -> r.streamName(stream)).shards()) {
            String iterator = kinesis.getShardIterator(r -> r.streamName(stream).shardId(shard.shardId())
                    .shardIteratorType(ShardIteratorType.TRIM_HORIZON)).shardIterator();
            while (iterator != null) {
                String it = iterator;
                GetRecordsResponse page = kinesis.getRecords(r -> r.shardIterator(it));
                out.addAll(page.records());
                iterator = page.records().isEmpty() ? null : page.nextShardIterator();
            }
        }
        return out;
    }

    static List<String> texts(List<Record> records) {
        return records.stream().map(r -> r.data().asUtf8String()).toList();
    }
}
