package io.kinesisharness.internal.firehose.delivery;

import io.kinesisharness.internal.firehose.model.DeliveryStream;
import io.kinesisharness.internal.firehose.processing.CloudWatchLogsRecords;
import io.kinesisharness.internal.firehose.processing.DeAggregation;
import io.kinesisharness.internal.firehose.processing.ProcessingPlan;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The steps Firehose runs on records as they arrive, before any buffer: decompression of CloudWatch Logs records
 * (with message extraction), then JSON or delimited de-aggregation. A record that does not decompress goes, still
 * compressed, to {@code decompression-failed}; the others go on.
 */
final class Arrival {

    private Arrival() {
    }

    static List<InputRecord> process(DeliveryStream stream, ProcessingPlan plan, List<InputRecord> records,
            ErrorOutput errors, Instant now) {
        boolean deAggregate = plan.deAggregation() != null && Plans.partitioned(stream.destination());
        if (!plan.decompress() && !deAggregate) {
            return records;
        }
        List<InputRecord> out = new ArrayList<>(records.size());
        List<ErrorOutput.Failed> failed = new ArrayList<>();
        for (InputRecord r : records) {
            InputRecord record = r;
            if (plan.decompress()) {
                byte[] data = CloudWatchLogsRecords.process(r.data(), plan.extractMessages());
                if (data == null) {
                    failed.add(new ErrorOutput.Failed(r, CloudWatchLogsRecords.ERROR_CODE,
                            CloudWatchLogsRecords.ERROR_MESSAGE, 1));
                    continue;
                }
                record = r.withData(data);
            }
            if (deAggregate) {
                for (byte[] part : DeAggregation.split(plan, record.data())) {
                    out.add(record.withData(part));
                }
            } else {
                out.add(record);
            }
        }
        errors.write(stream, ErrorOutput.DECOMPRESSION_FAILED, failed, null, now);
        return out;
    }
}
