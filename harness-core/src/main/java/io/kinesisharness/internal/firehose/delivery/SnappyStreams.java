package io.kinesisharness.internal.firehose.delivery;

import java.io.IOException;
import java.io.OutputStream;
import org.xerial.snappy.SnappyHadoopCompatibleOutputStream;
import org.xerial.snappy.SnappyOutputStream;

/**
 * The two Snappy framings, kept apart from {@link Compression} so snappy-java (an optional dependency) is loaded
 * only when a stream compresses with Snappy.
 */
final class SnappyStreams {

    static final boolean AVAILABLE = probe();

    private SnappyStreams() {
    }

    private static boolean probe() {
        try {
            Class.forName("org.xerial.snappy.Snappy");
            return org.xerial.snappy.Snappy.compress(new byte[] {1}).length > 0;
        } catch (Throwable e) {
            return false;
        }
    }

    static void snappyJava(byte[] data, OutputStream out) throws IOException {
        try (SnappyOutputStream s = new SnappyOutputStream(new NonClosing(out))) {
            s.write(data);
        }
    }

    static void hadoop(byte[] data, OutputStream out) throws IOException {
        try (SnappyHadoopCompatibleOutputStream s = new SnappyHadoopCompatibleOutputStream(new NonClosing(out))) {
            s.write(data);
        }
    }

    /** Lets the compressor close (flushing its last block) without closing the buffer it wrote to. */
    private static final class NonClosing extends java.io.FilterOutputStream {
        NonClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
