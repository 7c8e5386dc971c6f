package io.kinesisharness.internal.config;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** A stream to create when the harness starts: {@code name:shards}. */
public record StreamSpec(String name, int shards) {

    static List<StreamSpec> parseList(String text) {
        List<StreamSpec> specs = new ArrayList<>();
        for (String part : text.split(",")) {
            String p = part.trim();
            if (p.isEmpty()) {
                continue;
            }
            int colon = p.lastIndexOf(':');
            specs.add(colon < 0 ? new StreamSpec(p, 1)
                    : new StreamSpec(p.substring(0, colon), Integer.parseInt(p.substring(colon + 1))));
        }
        return List.copyOf(specs);
    }

    static String printList(List<StreamSpec> specs) {
        return specs.stream().map(s -> s.name + ":" + s.shards).collect(Collectors.joining(","));
    }
}
