package io.kinesisharness.internal.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import io.kinesisharness.internal.service.ServiceProvider;
import io.kinesisharness.settings.HarnessSettings;
import io.kinesisharness.settings.ServerSettings;
import io.kinesisharness.settings.Setting;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The services found on the class path, and the settings each declares once. */
class DiscoveredServicesTest {

    @Test
    void kinesis_s3_and_firehose_are_found() {
        assertThat(Services.discovered()).extracting(ServiceProvider::name)
                .containsExactly("kinesis", "s3", "firehose", "dynamodb", "cloudwatch", "lambda", "glue",
                        "kinesisanalytics");
    }

    @Test
    void every_setting_is_the_servers_or_exactly_one_services_and_all_of_them_are_listed() {
        List<Setting<?>> declared = new ArrayList<>(ServerSettings.ALL);
        declared.addAll(List.of(ServerSettings.TLS_KEYSTORE, ServerSettings.TLS_KEYSTORE_PASSWORD));
        for (ServiceProvider p : Services.discovered()) {
            declared.addAll(p.settings());
        }
        Set<String> names = new HashSet<>();
        declared.forEach(s -> assertThat(names.add(s.name())).as("%s declared once", s.flag()).isTrue());
        assertThat(HarnessSettings.ALL).containsExactlyInAnyOrderElementsOf(declared);
    }

    @Test
    void target_prefixes_and_signing_names_belong_to_one_service_each() {
        Set<String> seen = new HashSet<>();
        for (ServiceProvider p : Services.discovered()) {
            p.targetPrefixes().forEach(t -> assertThat(seen.add(t)).as(t).isTrue());
            p.signingNames().forEach(n -> assertThat(seen.add("sig:" + n)).as(n).isTrue());
        }
    }
}
