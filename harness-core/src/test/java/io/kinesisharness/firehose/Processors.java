package io.kinesisharness.firehose;

import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.services.firehose.model.ProcessingConfiguration;
import software.amazon.awssdk.services.firehose.model.Processor;
import software.amazon.awssdk.services.firehose.model.ProcessorParameter;

/** Processor configurations as the SDK builds them, for the processing tests. */
final class Processors {

    private Processors() {
    }

    /** A processor of {@code type} with name/value parameter pairs. */
    static Processor processor(String type, String... parameters) {
        List<ProcessorParameter> ps = new ArrayList<>();
        for (int i = 0; i < parameters.length; i += 2) {
            ps.add(ProcessorParameter.builder().parameterName(parameters[i]).parameterValue(parameters[i + 1]).build());
        }
        return Processor.builder().type(type).parameters(ps).build();
    }

    static ProcessingConfiguration enabled(Processor... processors) {
        return ProcessingConfiguration.builder().enabled(true).processors(processors).build();
    }

    static Processor lambda(String arn, String... more) {
        String[] all = new String[more.length + 2];
        all[0] = "LambdaArn";
        all[1] = arn;
        System.arraycopy(more, 0, all, 2, more.length);
        return processor("Lambda", all);
    }

    /** Polls a condition every 10 ms for up to a minute: for effects on the scheduler's thread, never a sleep-and-hope. */
    static void await(String what, java.util.function.BooleanSupplier condition) {
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Timed out waiting for " + what);
            }
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
