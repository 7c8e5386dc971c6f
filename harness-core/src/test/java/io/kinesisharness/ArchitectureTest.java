package io.kinesisharness;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The layering, held by rules, each with its reason. They read the compiled main classes; a rule that breaks
 * names every offending dependency.
 */
class ArchitectureTest {

    /** The services of the harness: each a package under {@code internal} with the same inner layout. */
    static final List<String> SERVICES = List.of("kinesis", "s3", "firehose", "dynamodb", "cloudwatch", "lambda", "glue",
            "analytics");
    /** What one service may see of another: the small interfaces it offers, in a package of their own. */
    static final List<String> OFFERED = List.of("..internal.kinesis.source..", "..internal.s3.access..",
            "..internal.lambda.access..", "..internal.glue.access..", "..internal.firehose.access..");

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.kinesisharness");
    }

    @Test
    void engines_are_transport_free() {
        rule(noClasses().that().resideInAnyPackage(services(""))
                .should().dependOnClassesThat().resideInAnyPackage("io.netty..", "..internal.server..",
                        "..internal.http..")
                .because("engines are state machines a test can drive without a socket; the transport hands them "
                        + "requests and writes what they answer"));
    }

    @Test
    void service_state_builds_no_wire_bytes() {
        rule(noClasses().that().resideInAnyPackage("..internal.kinesis.model..", "..internal.kinesis.store..",
                        "..internal.kinesis.limits..", "..internal.s3.model..", "..internal.firehose.model..",
                        "..internal.dynamodb.model..", "..internal.analytics.model..")
                .should().dependOnClassesThat().resideInAnyPackage("..internal.protocol..",
                        "com.fasterxml.jackson.dataformat..")
                .because("state returns values and throws typed errors; encoding them is the protocol layer's"));
    }

    @Test
    void only_the_clock_reads_time_or_sleeps() {
        rule(noClasses().that().resideOutsideOfPackages("..internal.clock..", "..internal.http..",
                        "..internal.launcher..", "..internal.server..")
                .should().callMethod(Instant.class, "now").orShould().callMethod(System.class, "currentTimeMillis")
                .orShould().callMethod(System.class, "nanoTime").orShould().callMethod(Thread.class, "sleep", long.class)
                .orShould().callMethod(Clock.class, "systemUTC").orShould().callMethod(LocalDateTime.class, "now")
                .because("every timed effect follows the harness clock, so a test moves time instead of waiting; "
                        + "only the transport measures real time (idle connections, injected latency)"));
    }

    @Test
    void services_reach_each_other_only_through_what_they_offer() {
        for (String from : SERVICES) {
            for (String to : SERVICES) {
                if (!from.equals(to)) {
                    rule(noClasses().that().resideInAPackage("..internal." + from + "..")
                            .should().dependOnClassesThat(resideInAPackage("..internal." + to + "..")
                                    .and(not(resideInAnyPackage(OFFERED.toArray(String[]::new)))))
                            .because("a service's internals may change freely; what another service reads goes "
                                    + "through a small interface the source offers (" + to + ")"));
                }
            }
        }
    }

    @Test
    void internal_packages_are_free_of_cycles() {
        rule(slices().matching("io.kinesisharness.internal.(*)..").should().beFreeOfCycles()
                .because("layers point one way: server <- http <- dispatch/protocol <- services <- runtime"));
    }

    @Test
    void protocols_and_the_runtime_name_no_service() {
        rule(noClasses().that().resideInAnyPackage("..internal.protocol..", "..internal.dispatch..",
                        "..internal.runtime..", "..internal.service..", "..internal.http..", "..internal.admin..")
                .should().dependOnClassesThat().resideInAnyPackage(services(""))
                .because("services are found at run time (ServiceLoader) and composed without being named, so a "
                        + "new one plugs in and an unused one is never loaded"));
    }

    @Test
    void optional_libraries_are_touched_in_one_place_each() {
        rule(noClasses().that().resideOutsideOfPackage("..internal.analytics.sql..")
                .should().dependOnClassesThat().resideInAnyPackage("org.apache.calcite..")
                .because("Calcite is optional: a harness without it must load every class but the SQL front end"));
        rule(noClasses().that().resideOutsideOfPackage("..internal.analytics.engine.rcf..")
                .should().dependOnClassesThat().resideInAnyPackage("com.amazon.randomcutforest..")
                .because("the Random Cut Forest library is optional too"));
        rule(noClasses().that().resideOutsideOfPackage("..internal.analytics.sql..")
                .should().dependOnClassesThat().resideInAPackage("..internal.analytics.sql..")
                .because("the standalone jar carries the SQL front end, with Calcite, in a bundle loaded by name on "
                        + "first use (SqlFrontEnd): it is reached only through the engine's SqlCompiler"));
        rule(noClasses().that().resideOutsideOfPackage("..internal.firehose.conversion.orc..")
                .should().dependOnClassesThat().resideInAPackage("..internal.firehose.conversion.orc..")
                .because("the ORC writer is in a bundle too, reached only through OrcWriter (OrcSupport)"));
        rule(noClasses().that().resideOutsideOfPackage("..internal.firehose.conversion.parquet..")
                .should().dependOnClassesThat().resideInAPackage("..internal.firehose.conversion.parquet..")
                .because("so is the Parquet writer, reached only through ParquetOutput (ParquetSupport)"));
        rule(noClasses().that().resideOutsideOfPackage("..internal.firehose.delivery.s3client..")
                .should().dependOnClassesThat().resideInAPackage("..internal.firehose.delivery.s3client..")
                .because("and the SDK's S3 client, reached only through ExternalS3"));
        rule(noClasses().that().resideOutsideOfPackages("..internal.firehose.conversion.parquet..")
                .should().dependOnClassesThat().resideInAnyPackage("org.apache.parquet..")
                .because("Parquet is optional and, in the standalone jar, in a bundle of its own"));
        rule(noClasses().that().resideOutsideOfPackages("..internal.firehose.delivery.s3client..")
                .should().dependOnClassesThat().resideInAnyPackage("software.amazon.awssdk.services..",
                        "software.amazon.awssdk.core..", "software.amazon.awssdk.http..",
                        "software.amazon.awssdk.regions..", "software.amazon.awssdk.auth..",
                        "software.amazon.awssdk.awscore..", "software.amazon.awssdk.utils..",
                        "software.amazon.awssdk.identity..", "software.amazon.awssdk.retries..",
                        "software.amazon.awssdk.endpoints..", "software.amazon.awssdk.profiles..")
                .because("the SDK's S3 client is optional and, in the standalone jar, in a bundle of its own (only "
                        + "its event-stream codec stays in the jar, for SubscribeToShard)"));
        // What the bundles carry is left out of the standalone jar: code elsewhere that used one of these libraries
        // would compile and pass every in-process test, then fail with NoClassDefFoundError in the jar.
        rule(noClasses().that().resideOutsideOfPackages("..internal.firehose.conversion.orc..")
                .should().dependOnClassesThat().resideInAnyPackage("org.apache.orc..", "org.apache.hive..")
                .because("ORC travels in the ORC bundle"));
        rule(noClasses().that().resideOutsideOfPackages("..internal.firehose.conversion.orc..",
                        "..internal.firehose.conversion.parquet..")
                .should().dependOnClassesThat().resideInAnyPackage("org.apache.hadoop..")
                .because("the Hadoop classes ORC and Parquet's writer need travel in their bundles"));
        rule(noClasses().that().resideOutsideOfPackages("..internal.analytics.sql..")
                .should().dependOnClassesThat().resideInAnyPackage("com.google.common..", "org.codehaus.janino..",
                        "org.codehaus.commons..", "com.jayway..", "net.minidev..", "org.apache.calcite.avatica..")
                .because("Calcite's own dependencies travel in the SQL bundle"));
    }

    @Test
    void nothing_internal_but_the_launcher_builds_a_harness() {
        rule(noClasses().that().resideInAPackage("..internal..").and().resideOutsideOfPackage("..internal.launcher..")
                .should().dependOnClassesThat().haveFullyQualifiedName(KinesisHarness.class.getName())
                .because("KinesisHarness is the public face built on the runtime; inside, the runtime is used"));
    }

    private static String[] services(String suffix) {
        return SERVICES.stream().map(s -> "..internal." + s + suffix + "..").toArray(String[]::new);
    }

    private static void rule(ArchRule rule) {
        rule.check(classes);
    }
}
