package io.kinesisharness.internal.kinesis.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.function.IntFunction;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Both kinds of segment memory: bytes round-trip, growth keeps them, and no access strays outside a block. */
class SegmentMemoryTest {

    static Stream<IntFunction<SegmentMemory>> kinds() {
        return Stream.of(SegmentMemory.Native::new, SegmentMemory.Buffer::new);
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void bytes_put_come_back_and_survive_growth(IntFunction<SegmentMemory> kind) {
        SegmentMemory memory = kind.apply(16);
        memory.put(3, new byte[] {9, 1, 2, 3, 9}, 1, 3);

        SegmentMemory grown = memory.grow(64, 6);
        grown.put(6, new byte[] {4, 5}, 0, 2);

        byte[] out = new byte[8];
        grown.get(3, out, 1, 5);
        assertThat(out).containsExactly(0, 1, 2, 3, 4, 5, 0, 0);
        assertThat(grown.capacity).isEqualTo(64);
        byte[] old = new byte[3];
        memory.get(3, old, 0, 3);
        assertThat(old).containsExactly(1, 2, 3);
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void no_access_strays_outside_the_block_or_the_array(IntFunction<SegmentMemory> kind) {
        SegmentMemory memory = kind.apply(8);

        assertThatThrownBy(() -> memory.put(6, new byte[4], 0, 4)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> memory.put(-1, new byte[4], 0, 1)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> memory.put(0, new byte[4], 2, 3)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> memory.get(4, new byte[8], 0, 5)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> memory.get(0, new byte[2], 0, 3)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> memory.grow(4, 8)).isInstanceOf(IndexOutOfBoundsException.class);
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void a_dropped_block_is_freed_after_its_last_reader_and_refuses_any_access_then(IntFunction<SegmentMemory> kind) {
        SegmentMemory memory = kind.apply(8);
        memory.retain();
        memory.retain();
        memory.drop();
        memory.release();
        assertThat(memory.isFreed()).isFalse();
        memory.get(0, new byte[1], 0, 1);

        memory.release();

        assertThat(memory.isFreed()).isTrue();
        assertThatThrownBy(() -> memory.get(0, new byte[1], 0, 1)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> memory.put(0, new byte[1], 0, 1)).isInstanceOf(IllegalStateException.class);
    }
}
