package io.kinesisharness.internal.kinesis.ops;

import io.kinesisharness.internal.common.ResourceTags;
import io.kinesisharness.internal.dispatch.Empty;
import io.kinesisharness.internal.dispatch.RequestContext;
import io.kinesisharness.internal.kinesis.api.AddTagsToStreamRequest;
import io.kinesisharness.internal.kinesis.api.ListTagsForResourceResponse;
import io.kinesisharness.internal.kinesis.api.ListTagsForStreamRequest;
import io.kinesisharness.internal.kinesis.api.ListTagsForStreamResponse;
import io.kinesisharness.internal.kinesis.api.RemoveTagsFromStreamRequest;
import io.kinesisharness.internal.kinesis.api.ResourceArnRequest;
import io.kinesisharness.internal.kinesis.api.Tag;
import io.kinesisharness.internal.kinesis.api.TagResourceRequest;
import io.kinesisharness.internal.kinesis.api.UntagResourceRequest;
import io.kinesisharness.internal.kinesis.model.KinesisEngine;
import io.kinesisharness.internal.kinesis.model.KinesisStream;
import io.kinesisharness.internal.kinesis.model.ResourceLookup;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The stream tagging operations and their resource-ARN counterparts. */
public final class TagOperations {

    private final KinesisEngine engine;

    public TagOperations(KinesisEngine engine) {
        this.engine = engine;
    }

    public Empty addTagsToStream(RequestContext ctx, AddTagsToStreamRequest in) {
        KinesisStream stream = engine.stream(ctx.scope(), in, engine.now());
        addTags(stream, stream.attributes().tags(), in.tags());
        return Empty.INSTANCE;
    }

    public Empty removeTagsFromStream(RequestContext ctx, RemoveTagsFromStreamRequest in) {
        KinesisStream stream = engine.stream(ctx.scope(), in, engine.now());
        TagRules.checkCharacters(in.tagKeys(), "remove tags from", stream.name(), stream.scope().accountId());
        stream.attributes().tags().removeAll(in.tagKeys());
        return Empty.INSTANCE;
    }

    public ListTagsForStreamResponse listTagsForStream(RequestContext ctx, ListTagsForStreamRequest in) {
        KinesisStream stream = engine.stream(ctx.scope(), in, engine.now());
        int limit = in.limit() == null ? ResourceTags.MAX_TAGS : in.limit();
        ResourceTags.Page page = stream.attributes().tags().page(in.exclusiveStartTagKey(), limit);
        return new ListTagsForStreamResponse(tags(page.tags()), page.more());
    }

    public Empty tagResource(RequestContext ctx, TagResourceRequest in) {
        ResourceLookup.Resource r = engine.resources().find(ctx.scope(), in.resourceArn(), engine.now());
        addTags(r.stream(), r.tags(), in.tags());
        return Empty.INSTANCE;
    }

    public Empty untagResource(RequestContext ctx, UntagResourceRequest in) {
        ResourceLookup.Resource r = engine.resources().find(ctx.scope(), in.resourceArn(), engine.now());
        TagRules.checkCharacters(in.tagKeys(), "remove tags from", r.stream().name(), r.stream().scope().accountId());
        r.tags().removeAll(in.tagKeys());
        return Empty.INSTANCE;
    }

    public ListTagsForResourceResponse listTagsForResource(RequestContext ctx, ResourceArnRequest in) {
        ResourceLookup.Resource r = engine.resources().find(ctx.scope(), in.resourceArn(), engine.now());
        return new ListTagsForResourceResponse(tags(new ArrayList<>(r.tags().all().entrySet())));
    }

    private static void addTags(KinesisStream stream, ResourceTags target, Map<String, String> added) {
        TagRules.checkTags(added, "add tags to", stream);
        if (!target.putAll(added)) {
            throw TagRules.tooMany(stream);
        }
    }

    private static List<Tag> tags(List<Map.Entry<String, String>> entries) {
        List<Tag> out = new ArrayList<>(entries.size());
        entries.forEach(e -> out.add(new Tag(e.getKey(), e.getValue())));
        return out;
    }
}
