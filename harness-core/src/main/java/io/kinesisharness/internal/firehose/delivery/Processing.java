package io.kinesisharness.internal.firehose.delivery;

import io.kinesisharness.internal.firehose.api.ProcessingConfiguration;
import io.kinesisharness.internal.firehose.api.Processor;
import java.util.ArrayList;
import java.util.List;

/**
 * A destination's record processors, run at delivery on the batch's records in their configured order. The
 * harness runs AppendDelimiterToRecord (a newline after each record); create refuses the processors it does not
 * run yet, so none reaches here.
 */
final class Processing {

    private Processing() {
    }

    static List<byte[]> apply(ProcessingConfiguration config, List<InputRecord> records) {
        List<byte[]> out = new ArrayList<>(records.size());
        for (InputRecord r : records) {
            out.add(r.data());
        }
        if (config == null || !Boolean.TRUE.equals(config.enabled()) || config.processors() == null) {
            return out;
        }
        for (Processor p : config.processors()) {
            if ("AppendDelimiterToRecord".equals(p.type())) {
                out.replaceAll(Processing::withNewline);
            }
        }
        return out;
    }

    /** The records' bytes, unprocessed (backups keep the source records). */
    static List<byte[]> raw(List<InputRecord> records) {
        List<byte[]> out = new ArrayList<>(records.size());
        for (InputRecord r : records) {
            out.add(r.data());
        }
        return out;
    }

    private static byte[] withNewline(byte[] data) {
        byte[] out = new byte[data.length + 1];
        System.arraycopy(data, 0, out, 0, data.length);
        out[data.length] = '\n';
        return out;
    }
}
