package io.kinesisharness.samples.clicks;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.firehose.FirehoseClient;
import software.amazon.awssdk.services.firehose.model.PutRecordBatchResponse;
import software.amazon.awssdk.services.firehose.model.Record;

/**
 * Archives clicks through a Firehose delivery stream as JSON lines: Firehose concatenates records as they are, so
 * each record ends with its own newline. Entries a batch reports as failed (AWS answers them in the response, not as
 * an exception) are sent again, up to a bound; what could not be sent is reported, never dropped silently.
 */
public final class ClickArchiver {

    private static final int MAX_BATCH = 500;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final FirehoseClient firehose;
    private final String deliveryStream;
    private final int maxAttempts;

    public ClickArchiver(FirehoseClient firehose, String deliveryStream, int maxAttempts) {
        this.firehose = firehose;
        this.deliveryStream = deliveryStream;
        this.maxAttempts = maxAttempts;
    }

    /** Sends every click, or throws naming how many could not be sent. */
    public void archive(List<Click> clicks) {
        for (int from = 0; from < clicks.size(); from += MAX_BATCH) {
            List<Record> pending = new ArrayList<>();
            for (Click c : clicks.subList(from, Math.min(clicks.size(), from + MAX_BATCH))) {
                pending.add(Record.builder().data(SdkBytes.fromString(line(c), StandardCharsets.UTF_8)).build());
            }
            for (int attempt = 1; !pending.isEmpty(); attempt++) {
                if (attempt > maxAttempts) {
                    throw new IllegalStateException(pending.size() + " clicks could not be archived after "
                            + maxAttempts + " attempts");
                }
                pending = sendOnce(pending);
            }
        }
    }

    private List<Record> sendOnce(List<Record> records) {
        PutRecordBatchResponse response = firehose.putRecordBatch(b -> b.deliveryStreamName(deliveryStream)
                .records(records));
        List<Record> failed = new ArrayList<>();
        if (response.failedPutCount() > 0) {
            for (int i = 0; i < records.size(); i++) {
                if (response.requestResponses().get(i).errorCode() != null) {
                    failed.add(records.get(i));
                }
            }
        }
        return failed;
    }

    static String line(Click click) {
        try {
            return JSON.writeValueAsString(click) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
