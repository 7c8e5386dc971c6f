package io.kinesisharness.testcontainers;

import com.github.dockerjava.api.exception.NotFoundException;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.testcontainers.DockerClientFactory;

/** The check behind {@link RequiresDocker}. */
final class DockerCheck implements BeforeAllCallback {

    @Override
    public void beforeAll(ExtensionContext context) {
        String missing = missing();
        if (missing != null) {
            skipOrFail(missing);
        }
    }

    /** Skips the calling test with the reason; in CI, fails it instead. */
    static void skipOrFail(String reason) {
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            throw new IllegalStateException("Container tests cannot run, and CI=true makes that a failure: " + reason);
        }
        System.err.println("Container tests skipped: " + reason);
        Assumptions.abort(reason);
    }

    private static String missing() {
        if (!DockerClientFactory.instance().isDockerAvailable()) {
            return "no Docker engine found: start one (or set DOCKER_HOST) and build again"
                    + " (README, \"Docker and Testcontainers\")";
        }
        try {
            DockerClientFactory.instance().client().inspectImageCmd(Harnesses.IMAGE).exec();
            return null;
        } catch (NotFoundException e) {
            return "image " + Harnesses.IMAGE + " not found: the build makes it when it sees Docker"
                    + " (DOCKER_HOST, /var/run/docker.sock or -Ddocker; README, \"Docker and Testcontainers\")";
        }
    }
}
