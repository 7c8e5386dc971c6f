package io.kinesisharness.junit;

import static org.assertj.core.api.Assertions.assertThat;

import io.kinesisharness.ClockMode;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.kinesisanalytics.KinesisAnalyticsClient;
import software.amazon.awssdk.services.kinesisanalyticsv2.KinesisAnalyticsV2AsyncClient;
import software.amazon.awssdk.services.kinesisanalyticsv2.KinesisAnalyticsV2Client;
import software.amazon.awssdk.services.kinesisanalyticsv2.model.RuntimeEnvironment;

@KinesisHarnessTest(clock = ClockMode.MANUAL)
class AnalyticsInjectionTest {

    @Test
    void both_apis_clients_are_injected_and_see_one_set_of_applications(KinesisAnalyticsClient v1,
            KinesisAnalyticsV2Client v2, KinesisAnalyticsV2AsyncClient v2Async) throws Exception {
        v2.createApplication(b -> b.applicationName("app").runtimeEnvironment(RuntimeEnvironment.SQL_1_0)
                .serviceExecutionRole("arn:aws:iam::000000000000:role/kda"));
        assertThat(v1.listApplications(b -> { }).applicationSummaries())
                .extracting(a -> a.applicationName()).containsExactly("app");
        assertThat(v2Async.describeApplication(b -> b.applicationName("app")).get(30, TimeUnit.SECONDS)
                .applicationDetail().applicationStatusAsString()).isEqualTo("READY");
    }
}
