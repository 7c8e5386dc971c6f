package io.kinesisharness.lambda;

/**
 * A record transformation written one record at a time, as most Firehose (and Kinesis Data Analytics
 * preprocessing) functions are: the harness decodes each invocation's records, calls this for each, and answers
 * with AWS's response shape. Throwing fails the whole invocation, as an error escaping a Lambda handler does.
 */
@FunctionalInterface
public interface RecordTransformer {

    TransformResult transform(TransformInput record) throws Exception;
}
