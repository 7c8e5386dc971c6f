package io.kinesisharness.testcontainers;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;

/** A test class that shares one container of the image across its tests. */
@RequiresDocker
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ContainerIT {

    protected KinesisHarnessContainer harness;

    @BeforeAll
    void startContainer() {
        harness = Harnesses.container();
        harness.start();
    }

    @AfterAll
    void stopContainer() {
        if (harness != null) {
            harness.stop();
        }
    }
}
