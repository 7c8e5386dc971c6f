package io.kinesisharness.settings;

import java.util.List;

/** Settings of the S3-compatible object store. */
public final class S3Settings {

    public static final Setting<List<String>> BUCKETS = new Setting<>("buckets",
            "S3 buckets to create at start (and after each reset), in the default account and region: name,...",
            List.of(), Parsers::names, names -> String.join(",", names));

    public static final List<Setting<?>> ALL = List.of(BUCKETS);

    private S3Settings() {
    }
}
