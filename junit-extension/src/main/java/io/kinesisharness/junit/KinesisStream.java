package io.kinesisharness.junit;

import io.kinesisharness.StreamMode;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A stream that exists when each test starts. On a class: created with the harness and again after each
 * reset. On a test method: created before that test only.
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Repeatable(KinesisStreams.class)
public @interface KinesisStream {

    String name();

    /** Shards of a PROVISIONED stream (ON_DEMAND streams start with 4). */
    int shards() default 1;

    StreamMode mode() default StreamMode.PROVISIONED;

    int retentionHours() default 24;
}
