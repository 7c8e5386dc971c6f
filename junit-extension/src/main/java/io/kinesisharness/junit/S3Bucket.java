package io.kinesisharness.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An S3 bucket that exists, empty, when each test starts, in the harness's account and region. On a class:
 * created with the harness and again after each reset. On a test method: created before that test only.
 *
 * <pre>{@code
 * @KinesisHarnessTest
 * @S3Bucket("deliveries")
 * class DeliveryTest {
 *     @Test
 *     void stores(S3Client s3) { s3.putObject(b -> b.bucket("deliveries").key("a"), RequestBody.fromString("x")); }
 * }
 * }</pre>
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Repeatable(S3Buckets.class)
public @interface S3Bucket {

    /** The bucket's name, by S3's naming rules. */
    String value();
}
