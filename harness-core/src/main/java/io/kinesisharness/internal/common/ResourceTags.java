package io.kinesisharness.internal.common;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The tags of one resource, in key order (the order ListTagsForStream pages in). */
public final class ResourceTags {

    /** AWS's limit per resource. */
    public static final int MAX_TAGS = 50;

    private final TreeMap<String, String> tags = new TreeMap<>();

    /**
     * Adds or overwrites tags unless the resource would then carry more than {@link #MAX_TAGS}; returns false
     * (changing nothing) in that case.
     */
    public synchronized boolean putAll(Map<String, String> added) {
        int after = tags.size();
        for (String key : added.keySet()) {
            if (!tags.containsKey(key)) {
                after++;
            }
        }
        if (after > MAX_TAGS) {
            return false;
        }
        added.forEach((k, v) -> tags.put(k, v == null ? "" : v));
        return true;
    }

    /** Keys that are not there are ignored, as AWS ignores them. */
    public synchronized void removeAll(Collection<String> keys) {
        keys.forEach(tags::remove);
    }

    public synchronized Map<String, String> all() {
        return new LinkedHashMap<>(tags);
    }

    /** Up to {@code limit} tags whose keys follow {@code exclusiveStart}; the flag says whether more follow. */
    public synchronized Page page(String exclusiveStart, int limit) {
        Map<String, String> rest = exclusiveStart == null ? tags : tags.tailMap(exclusiveStart, false);
        List<Map.Entry<String, String>> page = new ArrayList<>();
        for (Map.Entry<String, String> e : rest.entrySet()) {
            if (page.size() == limit) {
                return new Page(page, true);
            }
            page.add(Map.entry(e.getKey(), e.getValue()));
        }
        return new Page(page, false);
    }

    public record Page(List<Map.Entry<String, String>> tags, boolean more) {
    }
}
