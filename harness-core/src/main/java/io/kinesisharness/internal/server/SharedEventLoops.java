package io.kinesisharness.internal.server;

import io.netty.channel.EventLoopGroup;
import io.netty.channel.nio.NioEventLoopGroup;
import io.netty.util.concurrent.EventExecutor;
import io.netty.util.concurrent.FastThreadLocalThread;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One set of I/O threads for every harness in the JVM. A test suite starts and stops hundreds of harnesses;
 * creating and shutting down thread pools each time would cost far more than the few milliseconds a start may
 * take. The threads are daemons and never shut down, so they cannot keep a JVM alive.
 */
final class SharedEventLoops {

    private SharedEventLoops() {
    }

    private static final class Holder {
        private static final AtomicInteger NEXT_ID = new AtomicInteger();
        private static final ThreadFactory THREADS = task -> {
            Thread thread = new FastThreadLocalThread(task, "kinesis-harness-io-" + NEXT_ID.incrementAndGet());
            thread.setDaemon(true);
            // Threads inherit the loader of whichever thread first used a loop; these outlive any one test, so
            // they must not pin a test framework's loader.
            thread.setContextClassLoader(SharedEventLoops.class.getClassLoader());
            return thread;
        };
        static final EventLoopGroup BOSS = new NioEventLoopGroup(1, THREADS);
        static final EventLoopGroup WORKERS =
                new NioEventLoopGroup(Math.max(2, Runtime.getRuntime().availableProcessors()), THREADS);
    }

    static EventLoopGroup boss() {
        return Holder.BOSS;
    }

    static EventLoopGroup workers() {
        return Holder.WORKERS;
    }

    /** Blocking on a future from one of these threads would deadlock, so callers check this first. */
    static boolean inEventLoop() {
        return Thread.currentThread() instanceof FastThreadLocalThread
                && (contains(Holder.BOSS) || contains(Holder.WORKERS));
    }

    private static boolean contains(EventLoopGroup group) {
        for (EventExecutor executor : group) {
            if (executor.inEventLoop()) {
                return true;
            }
        }
        return false;
    }
}
