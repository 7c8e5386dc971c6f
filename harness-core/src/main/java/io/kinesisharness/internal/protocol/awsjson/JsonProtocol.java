package io.kinesisharness.internal.protocol.awsjson;

import java.util.Set;

/**
 * How one service speaks AWS JSON: which of the encodings it takes, how its error bodies name their type, and
 * whether its answers carry a CRC32 of their body. Kinesis takes JSON 1.1 and CBOR and names errors plainly;
 * DynamoDB takes JSON 1.0, names them {@code com.amazonaws.dynamodb.v20120810#ResourceNotFoundException} and
 * stamps {@code x-amz-crc32} on every answer, which its SDKs verify.
 *
 * @param formats the encodings the service accepts; a request in another is refused before any operation runs
 * @param errorNamespace prefixed to error codes in {@code __type} ({@code com.amazonaws.dynamodb.v20120810#}), or
 *     null for the bare code
 * @param crc32 whether answers carry {@code x-amz-crc32}
 * @param shapeNamespace the service's Coral model namespace ({@code com.amazonaws.kinesis.v20131202}), which names
 *     its structures where a validation message prints a list of them
 * @param valuesInMessages whether validation messages print the offending value ({@code Value 'x' at 'name'}),
 *     as Kinesis's still do, or leave it out ({@code Value at 'name'}), as Firehose's have since about 2024
 */
public record JsonProtocol(Set<WireFormat> formats, String errorNamespace, boolean crc32, String shapeNamespace,
        boolean valuesInMessages) {

    /** Kinesis Data Streams: JSON 1.1 and CBOR 1.1; JSON 1.0 is refused as any other content type is. */
    public static final JsonProtocol KINESIS = new JsonProtocol(Set.of(WireFormat.JSON, WireFormat.CBOR), null,
            false, "com.amazonaws.kinesis.v20131202", true);

    /** Firehose's and Kinesis Data Analytics': JSON 1.1 only. */
    public static JsonProtocol json11(String shapeNamespace, boolean valuesInMessages) {
        return new JsonProtocol(Set.of(WireFormat.JSON), null, false, shapeNamespace, valuesInMessages);
    }

    /** DynamoDB's: JSON 1.0, namespaced error types, CRC32 of every answer. */
    public static JsonProtocol json10(String errorNamespace, String shapeNamespace) {
        return new JsonProtocol(Set.of(WireFormat.JSON_1_0), errorNamespace, true, shapeNamespace, true);
    }

    public boolean accepts(WireFormat format) {
        return formats.contains(format);
    }

    /** Errors Coral's own layers raise, which keep Coral's namespaces where a service namespaces its errors. */
    private static final Set<String> CORAL_SERVICE = Set.of("SerializationException", "UnknownOperationException",
            "MissingAuthenticationTokenException", "AccessDeniedException", "UnrecognizedClientException",
            "IncompleteSignatureException", "InvalidSignatureException");

    /** The {@code __type} of an error code. */
    public String errorType(String code) {
        if (errorNamespace == null) {
            return code;
        }
        if ("ValidationException".equals(code)) {
            return "com.amazon.coral.validate#" + code;
        }
        if ("ThrottlingException".equals(code)) {
            return "com.amazon.coral.availability#" + code;
        }
        return (CORAL_SERVICE.contains(code) ? "com.amazon.coral.service#" : errorNamespace) + code;
    }
}
