package io.kinesisharness.kinesis;

import static io.kinesisharness.kinesis.support.AwsErrors.expectError;
import static io.kinesisharness.kinesis.support.AwsErrors.expectErrorCode;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.kinesis.model.InvalidArgumentException;
import software.amazon.awssdk.services.kinesis.model.ListTagsForStreamResponse;
import software.amazon.awssdk.services.kinesis.model.ResourceNotFoundException;
import software.amazon.awssdk.services.kinesis.model.Tag;
import software.amazon.awssdk.services.kinesis.model.ValidationException;

/** Stream tags through the stream calls and the resource-ARN calls, with AWS's limits and messages. */
abstract class TagsContract extends KinesisContract {

    private static final String ILLEGAL = "Some tags contain invalid characters. Valid characters: Unicode letters, "
            + "digits, white space, _ . / = + - % @.";

    @Test
    void tags_are_added_overwritten_listed_in_key_order_and_removed() {
        createStream("s", 1);

        kinesis.addTagsToStream(b -> b.streamName("s").tags(Map.of("team", "a", "env", "prod", "empty", "")));
        kinesis.addTagsToStream(b -> b.streamName("s").tags(Map.of("team", "b")));

        assertThat(kinesis.listTagsForStream(b -> b.streamName("s")).tags()).containsExactly(tag("empty", ""),
                tag("env", "prod"), tag("team", "b"));
        kinesis.removeTagsFromStream(b -> b.streamName("s").tagKeys("env", "not-there"));
        ListTagsForStreamResponse after = kinesis.listTagsForStream(b -> b.streamName("s"));
        assertThat(after.tags()).containsExactly(tag("empty", ""), tag("team", "b"));
        assertThat(after.hasMoreTags()).isFalse();
    }

    @Test
    void list_tags_for_stream_pages_with_limit_and_exclusive_start_tag_key() {
        createStream("s", 1);
        kinesis.addTagsToStream(b -> b.streamName("s").tags(Map.of("a", "1", "b", "2", "c", "3", "d", "4")));

        ListTagsForStreamResponse first = kinesis.listTagsForStream(b -> b.streamName("s").limit(2));
        ListTagsForStreamResponse second = kinesis.listTagsForStream(b -> b.streamName("s").limit(2)
                .exclusiveStartTagKey("b"));

        assertThat(first.tags()).extracting(Tag::key).containsExactly("a", "b");
        assertThat(first.hasMoreTags()).isTrue();
        assertThat(second.tags()).extracting(Tag::key).containsExactly("c", "d");
        assertThat(second.hasMoreTags()).isFalse();
        expectError(ValidationException.class, "1 validation error detected: Value '51' at 'limit' failed to "
                + "satisfy constraint: Member must have value less than or equal to 50",
                () -> kinesis.listTagsForStream(b -> b.streamName("s").limit(51)));
    }

    @Test
    void a_stream_carries_at_most_50_tags() {
        createStream("s", 1);
        kinesis.addTagsToStream(b -> b.streamName("s").tags(numbered(0, 45)));

        expectError(InvalidArgumentException.class, "Failed to add tags to stream s under account " + ACCOUNT
                + " because a given stream cannot have more than 50 tags associated with it.",
                () -> kinesis.addTagsToStream(b -> b.streamName("s").tags(numbered(45, 51))));
        assertThat(kinesis.listTagsForStream(b -> b.streamName("s")).tags()).hasSize(45);
        kinesis.addTagsToStream(b -> b.streamName("s").tags(numbered(40, 50)));
        assertThat(kinesis.listTagsForStream(b -> b.streamName("s")).tags()).hasSize(50);
    }

    @Test
    void tag_characters_and_lengths_follow_aws_rules() {
        createStream("s", 1);

        expectError(InvalidArgumentException.class, ILLEGAL,
                () -> kinesis.addTagsToStream(b -> b.streamName("s").tags(Map.of("a;b", "1"))));
        expectError(InvalidArgumentException.class, ILLEGAL,
                () -> kinesis.addTagsToStream(b -> b.streamName("s").tags(Map.of("a", "tab\there"))));
        expectError(InvalidArgumentException.class, "Failed to add tags to stream s under account " + ACCOUNT
                + " because some tags contained illegal characters. The allowed characters are Unicode letters, "
                + "white-spaces, '_',',','/','=','+','-','@'.",
                () -> kinesis.addTagsToStream(b -> b.streamName("s").tags(Map.of("a%b", "1"))));
        String longKey = "k".repeat(129);
        expectError(ValidationException.class, "1 validation error detected: Value '{" + longKey + "=v}' at 'tags' "
                + "failed to satisfy constraint: Map keys must satisfy constraint: [Member must have length less "
                + "than or equal to 128, Member must have length greater than or equal to 1]",
                () -> kinesis.addTagsToStream(b -> b.streamName("s").tags(Map.of(longKey, "v"))));
        kinesis.addTagsToStream(b -> b.streamName("s").tags(Map.of("ü0 _.:/=+-@", "Ünïcödé 9")));
        assertThat(kinesis.listTagsForStream(b -> b.streamName("s")).tags())
                .containsExactly(tag("ü0 _.:/=+-@", "Ünïcödé 9"));
    }

    @Test
    void tag_calls_on_a_missing_stream_fail_with_resource_not_found() {
        String message = "Stream ghost under account " + ACCOUNT + " not found.";
        expectError(ResourceNotFoundException.class, message,
                () -> kinesis.addTagsToStream(b -> b.streamName("ghost").tags(Map.of("a", "b"))));
        expectError(ResourceNotFoundException.class, message,
                () -> kinesis.removeTagsFromStream(b -> b.streamName("ghost").tagKeys("a")));
        expectError(ResourceNotFoundException.class, message,
                () -> kinesis.listTagsForStream(b -> b.streamName("ghost")));
        expectError(ResourceNotFoundException.class, message,
                () -> kinesis.listTagsForResource(b -> b.resourceARN(arn("ghost"))));
        expectError(ValidationException.class, "1 validation error detected: Value null at 'tags' failed to "
                + "satisfy constraint: Member must not be null", () -> kinesis.addTagsToStream(b -> b.streamName("s")));
    }

    @Test
    void create_stream_tags_show_in_every_listing() {
        kinesis.createStream(b -> b.streamName("s").shardCount(1).tags(Map.of("origin", "create")));

        assertThat(kinesis.listTagsForStream(b -> b.streamName("s")).tags()).containsExactly(tag("origin", "create"));
        assertThat(kinesis.listTagsForResource(b -> b.resourceARN(arn("s"))).tags())
                .containsExactly(tag("origin", "create"));
    }

    @Test
    void resource_arn_calls_tag_and_untag_a_stream_like_the_stream_calls() {
        createStream("s", 1);

        kinesis.tagResource(b -> b.resourceARN(arn("s")).tags(Map.of("x", "1", "y", "2")));
        kinesis.addTagsToStream(b -> b.streamARN(arn("s")).tags(Map.of("z", "3")));
        kinesis.untagResource(b -> b.resourceARN(arn("s")).tagKeys("y"));

        assertThat(kinesis.listTagsForResource(b -> b.resourceARN(arn("s"))).tags())
                .containsExactly(tag("x", "1"), tag("z", "3"));
        assertThat(kinesis.listTagsForStream(b -> b.streamName("s")).tags()).containsExactly(tag("x", "1"),
                tag("z", "3"));
        expectError(ValidationException.class, "1 validation error detected: Value 'arn:aws:s3:::bucket' at "
                + "'resourceARN' failed to satisfy constraint: Member must satisfy regular expression pattern: "
                + "arn:aws.*:kinesis:.*:\\d{12}:.*stream/\\S+",
                () -> kinesis.listTagsForResource(b -> b.resourceARN("arn:aws:s3:::bucket")));
    }

    @Test
    void a_consumer_arn_no_consumer_answers_to_is_not_found() {
        createStream("s", 1);
        String consumer = arn("s") + "/consumer/app:1767225600";

        // AWS's wording for a missing consumer is not on record; the consumer registry may word it differently.
        expectErrorCode(ResourceNotFoundException.class, "ResourceNotFoundException",
                () -> kinesis.listTagsForResource(b -> b.resourceARN(consumer)));
        expectErrorCode(ResourceNotFoundException.class, "ResourceNotFoundException",
                () -> kinesis.tagResource(b -> b.resourceARN(consumer).tags(Map.of("a", "b"))));
    }

    private static Map<String, String> numbered(int from, int to) {
        Map<String, String> tags = new LinkedHashMap<>();
        for (int i = from; i < to; i++) {
            tags.put("key" + i, "v" + i);
        }
        return tags;
    }

    static Tag tag(String key, String value) {
        return Tag.builder().key(key).value(value).build();
    }

    static List<String> keys(List<Tag> tags) {
        return tags.stream().map(Tag::key).toList();
    }
}
