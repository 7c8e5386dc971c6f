package io.kinesisharness.settings;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * A Firehose delivery stream (DirectPut, into S3) to create when the harness starts (and after each reset), with
 * its bucket. Text form: {@code name:bucket[:interval=SECONDS][:size=MB][:compression=FORMAT][:prefix=PREFIX]}, e.g.
 * {@code orders:deliveries}, {@code logs:archive:interval=60:compression=GZIP:prefix=raw/} (a prefix holds no
 * {@code :} or {@code ,} here; create streams needing one through the API).
 *
 * @param intervalSeconds AWS's IntervalInSeconds (0–900, default 300)
 * @param sizeInMBs AWS's SizeInMBs (1–128, default 5)
 * @param compression UNCOMPRESSED, GZIP, ZIP, Snappy or HADOOP_SNAPPY
 * @param prefix the S3 prefix, or empty for AWS's default ({@code yyyy/MM/dd/HH/})
 */
public record DeliveryStreamSpec(String name, String bucket, int intervalSeconds, int sizeInMBs, String compression,
        String prefix) {

    public DeliveryStreamSpec {
        if (name == null || name.isBlank() || bucket == null || bucket.isBlank()) {
            throw new IllegalArgumentException("a delivery stream needs a name and a bucket");
        }
        if (intervalSeconds < 0 || intervalSeconds > 900) {
            throw new IllegalArgumentException("delivery stream " + name + ": interval must be 0 to 900 seconds");
        }
        if (sizeInMBs < 1 || sizeInMBs > 128) {
            throw new IllegalArgumentException("delivery stream " + name + ": size must be 1 to 128 MB");
        }
        compression = compression == null ? "UNCOMPRESSED" : compression;
        prefix = prefix == null ? "" : prefix;
    }

    /** A stream into {@code bucket} with AWS's default hints (5 MB, 300 s), uncompressed, default prefix. */
    public static DeliveryStreamSpec toBucket(String name, String bucket) {
        return new DeliveryStreamSpec(name, bucket, 300, 5, "UNCOMPRESSED", "");
    }

    static List<DeliveryStreamSpec> parseList(String text) {
        List<DeliveryStreamSpec> specs = new ArrayList<>();
        for (String part : text.split(",")) {
            String p = part.trim();
            if (!p.isEmpty()) {
                specs.add(parse(p));
            }
        }
        return List.copyOf(specs);
    }

    private static DeliveryStreamSpec parse(String text) {
        String[] f = text.split(":");
        if (f.length < 2) {
            throw new IllegalArgumentException("use name:bucket[:interval=S][:size=MB][:compression=F][:prefix=P], "
                    + "not " + text);
        }
        int interval = 300;
        int size = 5;
        String compression = "UNCOMPRESSED";
        String prefix = "";
        for (int i = 2; i < f.length; i++) {
            int eq = f[i].indexOf('=');
            if (eq < 0) {
                throw new IllegalArgumentException("expected key=value, not " + f[i] + " in " + text);
            }
            String value = f[i].substring(eq + 1);
            switch (f[i].substring(0, eq).toLowerCase(Locale.ROOT)) {
                case "interval" -> interval = Integer.parseInt(value);
                case "size" -> size = Integer.parseInt(value);
                case "compression" -> compression = value;
                case "prefix" -> prefix = value;
                default -> throw new IllegalArgumentException("unknown delivery stream option " + f[i] + " in "
                        + text + " (interval, size, compression, prefix)");
            }
        }
        return new DeliveryStreamSpec(f[0], f[1], interval, size, compression, prefix);
    }

    static String printList(List<DeliveryStreamSpec> specs) {
        return specs.stream().map(s -> s.name + ":" + s.bucket + ":interval=" + s.intervalSeconds + ":size="
                + s.sizeInMBs + ":compression=" + s.compression + (s.prefix.isEmpty() ? "" : ":prefix=" + s.prefix))
                .collect(Collectors.joining(","));
    }
}
