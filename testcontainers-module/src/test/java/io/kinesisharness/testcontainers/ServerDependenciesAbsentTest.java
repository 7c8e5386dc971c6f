package io.kinesisharness.testcontainers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kinesisharness.HarnessAdmin;
import org.junit.jupiter.api.Test;

/**
 * The module brings harness-core for its public interfaces only: none of the server's libraries may reach a
 * user's classpath. The test classpath holds everything the runtime one does (and the sync-only SDK), so a
 * class missing here is missing there.
 */
class ServerDependenciesAbsentTest {

    @Test
    void netty_is_not_on_the_classpath() {
        assertThatThrownBy(() -> Class.forName("io.netty.channel.Channel"))
                .isInstanceOf(ClassNotFoundException.class);
        assertThatThrownBy(() -> Class.forName("io.netty.buffer.ByteBuf"))
                .isInstanceOf(ClassNotFoundException.class);
    }

    @Test
    void neither_is_jackson_databind_nor_the_cbor_codec() {
        assertThatThrownBy(() -> Class.forName("com.fasterxml.jackson.databind.ObjectMapper"))
                .isInstanceOf(ClassNotFoundException.class);
        assertThatThrownBy(() -> Class.forName("com.fasterxml.jackson.dataformat.cbor.CBORFactory"))
                .isInstanceOf(ClassNotFoundException.class);
    }

    @Test
    void the_public_interfaces_of_harness_core_are() throws Exception {
        assertThat(Class.forName("io.kinesisharness.HarnessAdmin")).isEqualTo(HarnessAdmin.class);
        assertThat(HarnessAdmin.class).isAssignableFrom(HttpHarnessAdmin.class);
    }
}
