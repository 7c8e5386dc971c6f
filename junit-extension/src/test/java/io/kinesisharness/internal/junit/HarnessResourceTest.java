package io.kinesisharness.internal.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kinesisharness.KinesisHarness;
import io.kinesisharness.junit.KinesisStreamReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.kinesis.KinesisClient;

/**
 * A client factory that asks for another client (the stream reader asks for the Kinesis client) once failed with
 * {@code IllegalStateException: Recursive update} when both keys' identity hash codes put them in one bin of a
 * {@code ConcurrentHashMap}: it came and went between runs. These tests pick such a pair deliberately, so the
 * nesting is exercised every time, not only when the JVM happens to hand out colliding hash codes.
 */
class HarnessResourceTest {

    /** More candidate keys than a fresh map has bins, so two of them always share one. */
    private static final List<Class<?>> KEYS = List.of(String.class, Integer.class, Long.class, Short.class,
            Byte.class, Double.class, Float.class, Character.class, Boolean.class, Object.class, Number.class,
            List.class, Map.class, Thread.class, Runnable.class, StringBuilder.class, Math.class, System.class,
            Class.class, Enum.class, Record.class, Iterable.class, Comparable.class, CharSequence.class);

    private KinesisHarness harness;
    private HarnessResource resource;

    @BeforeEach
    void start() {
        harness = KinesisHarness.builder().start();
        resource = new HarnessResource(harness, HarnessOptions.defaults());
    }

    @AfterEach
    void stop() {
        resource.close();
    }

    @Test
    void the_colliding_pair_really_breaks_a_nested_concurrent_map_update() {
        Class<?>[] pair = collidingPair();
        Map<Class<?>, Object> map = new ConcurrentHashMap<>();

        // The pattern the fix removed, on the same pair: proves the pair exercises the case that failed.
        assertThatThrownBy(() -> map.computeIfAbsent(pair[0], k -> map.computeIfAbsent(pair[1], j -> "inner")))
                .isInstanceOf(IllegalStateException.class).hasMessage("Recursive update");
    }

    @Test
    void a_factory_may_ask_for_another_client_whose_key_shares_its_bin() {
        Class<?>[] pair = collidingPair();
        Function<HarnessResource, Object> inner = r -> "inner";
        Function<HarnessResource, Object> outer = r -> "outer over " + r.client(key(pair[1]), inner);

        assertThat(resource.client(key(pair[0]), outer)).isEqualTo("outer over inner");
        assertThat(resource.client(key(pair[1]), r -> "built twice")).isEqualTo("inner");
        assertThat(resource.client(key(pair[0]), r -> "built twice")).isEqualTo("outer over inner");
    }

    @Test
    void the_stream_reader_asked_for_first_builds_the_kinesis_client_it_reads_with() {
        KinesisStreamReader reader = resource.client(KinesisStreamReader.class, SdkClients::reader);
        harness.createStream("first", 1);

        assertThat(reader.readAll("first")).isEmpty();
        assertThat(resource.client(KinesisClient.class, r -> {
            throw new AssertionError("the reader's factory built this client already");
        })).isNotNull();
    }

    @Test
    void a_closed_resource_builds_no_more_clients() {
        resource.close();

        assertThatThrownBy(() -> resource.client(String.class, r -> "late"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("is closed");
    }

    @SuppressWarnings("unchecked")
    private static Class<Object> key(Class<?> type) {
        return (Class<Object>) type;
    }

    /** Two keys that land in the same bin of a map with ConcurrentHashMap's initial 16 bins. */
    private static Class<?>[] collidingPair() {
        List<List<Class<?>>> bins = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            bins.add(new ArrayList<>());
        }
        for (Class<?> k : KEYS) {
            List<Class<?>> bin = bins.get(bin(k.hashCode()));
            bin.add(k);
            if (bin.size() == 2) {
                return bin.toArray(new Class<?>[0]);
            }
        }
        throw new AssertionError("more keys than bins always gives a pair");
    }

    /** ConcurrentHashMap's own spreading of a hash code, then its index into 16 bins. */
    private static int bin(int h) {
        return ((h ^ (h >>> 16)) & 0x7fffffff) & 15;
    }
}
