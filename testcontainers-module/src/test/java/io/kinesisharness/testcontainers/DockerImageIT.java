package io.kinesisharness.testcontainers;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.dockerjava.api.command.InspectContainerResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.testcontainers.containers.Container;
import org.testcontainers.containers.ExecConfig;

/** What the image promises besides the API: its health check, its user, its listening address. */
class DockerImageIT extends ContainerIT {


    @Test
    void the_images_health_check_passes_against_the_running_server_and_fails_without_one() throws Exception {
        String[] probe = healthCheckCommand();

        Container.ExecResult up = harness.execInContainer(ExecConfig.builder().command(probe).build());
        Container.ExecResult wrongPort = harness.execInContainer(ExecConfig.builder().command(probe)
                .envVars(Map.of("KINESIS_HARNESS_PORT", "4568")).build());

        assertThat(up.getExitCode()).as("probe output: %s %s", up.getStdout(), up.getStderr()).isZero();
        assertThat(wrongPort.getExitCode()).isEqualTo(1);
    }

    @Test
    void the_server_runs_unprivileged_and_listens_on_every_interface() {
        InspectContainerResponse info = harness.getContainerInfo();

        assertThat(info.getConfig().getUser()).isEqualTo("65534:65534");
        assertThat(info.getConfig().getEnv()).contains("KINESIS_HARNESS_HOST=0.0.0.0");
        assertThat(harness.getLogs()).contains("Kinesis Harness", "ready on");
    }

    /** The HEALTHCHECK as the image declares it, without Docker's leading CMD marker. */
    private String[] healthCheckCommand() {
        List<String> test = harness.getContainerInfo().getConfig().getHealthcheck().getTest();
        assertThat(test).first().isEqualTo("CMD");
        return test.subList(1, test.size()).toArray(String[]::new);
    }
}
