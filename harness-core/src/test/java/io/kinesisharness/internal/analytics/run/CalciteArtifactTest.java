package io.kinesisharness.internal.analytics.run;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.calcite.sql.parser.SqlParser;
import org.junit.jupiter.api.Test;

/** The artifact a harness without Calcite tells its user to add is the one the build compiles and tests against. */
class CalciteArtifactTest {

    @Test
    void the_refusal_names_the_calcite_version_on_the_test_class_path() {
        String version = SqlParser.class.getPackage().getImplementationVersion();
        assertThat(version).isNotBlank();
        assertThat(AnalyticsRuns.CALCITE).isEqualTo("org.apache.calcite:calcite-core:" + version);
    }
}
