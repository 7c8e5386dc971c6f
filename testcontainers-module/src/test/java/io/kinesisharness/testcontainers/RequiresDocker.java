package io.kinesisharness.testcontainers;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A test class that runs real containers of the harness image: skipped, with the reason, where Docker or the
 * image is missing on a developer machine; failed in CI ({@code CI=true}), where a missing engine is a broken
 * build rather than a reason to skip.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(DockerCheck.class)
@interface RequiresDocker {
}
