package io.kinesisharness.settings;

import io.kinesisharness.StreamMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * A stream to create when the harness starts (and after each reset). Text form:
 * {@code name[:shards|:on-demand][:retentionHours]}, e.g. {@code orders:2}, {@code audit:on-demand:48}.
 */
public record StreamSpec(String name, int shards, StreamMode mode, int retentionHours) {

    public StreamSpec {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a stream needs a name");
        }
        if (mode == StreamMode.PROVISIONED && shards < 1) {
            throw new IllegalArgumentException("stream " + name + " needs at least 1 shard");
        }
    }

    public static StreamSpec provisioned(String name, int shards) {
        return new StreamSpec(name, shards, StreamMode.PROVISIONED, 24);
    }

    static List<StreamSpec> parseList(String text) {
        List<StreamSpec> specs = new ArrayList<>();
        for (String part : text.split(",")) {
            String p = part.trim();
            if (!p.isEmpty()) {
                specs.add(parse(p));
            }
        }
        return List.copyOf(specs);
    }

    private static StreamSpec parse(String text) {
        String[] f = text.split(":");
        if (f.length > 3) {
            throw new IllegalArgumentException("use name[:shards|:on-demand][:retentionHours], not " + text);
        }
        boolean onDemand = f.length > 1 && f[1].toLowerCase(Locale.ROOT).replace('_', '-').equals("on-demand");
        int shards = f.length > 1 && !onDemand ? Integer.parseInt(f[1]) : onDemand ? 4 : 1;
        int hours = f.length > 2 ? Integer.parseInt(f[2]) : 24;
        return new StreamSpec(f[0], shards, onDemand ? StreamMode.ON_DEMAND : StreamMode.PROVISIONED, hours);
    }

    static String printList(List<StreamSpec> specs) {
        return specs.stream().map(s -> s.name + ":" + (s.mode == StreamMode.ON_DEMAND ? "on-demand" : s.shards)
                + ":" + s.retentionHours).collect(Collectors.joining(","));
    }
}
