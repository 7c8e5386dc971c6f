/**
 * Firehose's request and response shapes, generated from AWS's API model (botocore
 * {@code firehose/2015-08-04/service-2.json}, commit 0e6e240) by:
 *
 * <pre>
 * tools/generate-api-shapes.py service-2.json io.kinesisharness.internal.firehose.api \
 *     harness-core/src/main/java/io/kinesisharness/internal/firehose/api Record=PutRecordEntry \
 *     'HttpEndpointUrl~pattern=https?://.*' 'CompressionFormat~enum=ZIP,HADOOP_SNAPPY,Snappy,GZIP,UNCOMPRESSED' \
 *     "FileExtension~pattern=^(|\.[0-9a-z!\-_.*'()]+)$"
 * </pre>
 *
 * <p>The overrides: HTTP endpoint URLs may also be {@code http://} (local test servers; the
 * {@code firehose-https-only} setting applies AWS's own rule at create), and two constraints print as AWS was seen
 * to print them (the compression formats' order, the file-extension pattern's form).
 */
package io.kinesisharness.internal.firehose.api;
