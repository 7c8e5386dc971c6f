package io.kinesisharness.internal.s3.ops;

import io.kinesisharness.internal.protocol.restxml.AwsChunked;
import io.kinesisharness.internal.s3.S3Errors;
import io.kinesisharness.internal.s3.model.ChecksumAlgorithm;
import io.kinesisharness.internal.s3.model.ObjectChecksum;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The bytes a PutObject or UploadPart carries, checked as S3 checks them: a streaming (aws-chunked) body decoded
 * and its declared length held to; {@code x-amz-content-sha256}, {@code Content-MD5} and a flexible checksum
 * (a header, or a trailer after the chunks) each compared with what arrived.
 *
 * @param algorithm the client's algorithm (a value it sent, or the one it named), or null when it chose none
 * @param checksumValue the client's value, checked against the bytes; null when it sent none
 */
record Payload(byte[] data, byte[] md5, ChecksumAlgorithm algorithm, String checksumValue) {

    static Payload read(S3Request req) {
        byte[] body = req.http().body();
        String contentSha256 = req.header("x-amz-content-sha256");
        Map<String, String> values = new LinkedHashMap<>();
        byte[] data;
        if (AwsChunked.isChunked(contentSha256)) {
            AwsChunked.Decoded decoded;
            try {
                decoded = AwsChunked.decode(body);
            } catch (IllegalArgumentException e) {
                throw incompleteBody();
            }
            data = decoded.payload();
            String declared = req.header("x-amz-decoded-content-length");
            if (declared != null && !declared.equals(String.valueOf(data.length))) {
                throw incompleteBody();
            }
            decoded.trailers().forEach((name, value) -> {
                if (name.startsWith("x-amz-checksum-")) {
                    values.put(name, value);
                }
            });
        } else {
            data = body;
            checkContentSha256(contentSha256, data);
        }
        for (ChecksumAlgorithm a : ChecksumAlgorithm.values()) {
            String v = req.header(a.header());
            if (v != null) {
                values.putIfAbsent(a.header(), v);
            }
        }
        byte[] md5 = md5(data);
        checkContentMd5(req.header("content-md5"), md5);
        if (values.size() > 1) {
            throw S3Errors.INVALID_REQUEST.exception("Expecting a single x-amz-checksum- header. Multiple checksum "
                    + "Types are not allowed.");
        }
        if (values.isEmpty()) {
            ChecksumAlgorithm named = ChecksumAlgorithm.of(req.header("x-amz-sdk-checksum-algorithm"));
            return new Payload(data, md5, named, null);
        }
        Map.Entry<String, String> given = values.entrySet().iterator().next();
        ChecksumAlgorithm a = ChecksumAlgorithm.of(given.getKey().substring("x-amz-checksum-".length()));
        if (a == null) {
            throw S3Errors.INVALID_REQUEST.exception("Checksum algorithm provided is unsupported. Please try again "
                    + "with any of the valid types: [CRC32, CRC32C, CRC64NVME, SHA1, SHA256]");
        }
        check(a, given.getValue(), data);
        return new Payload(data, md5, a, given.getValue());
    }

    /**
     * The object's checksum: the client's value, already checked against the bytes, or computed with the algorithm
     * it named, or S3's default (CRC64NVME) when it chose none.
     */
    ObjectChecksum checksum() {
        if (checksumValue != null) {
            return new ObjectChecksum(algorithm, checksumValue.trim(), ObjectChecksum.FULL_OBJECT);
        }
        return ObjectChecksum.of(algorithm == null ? ChecksumAlgorithm.CRC64NVME : algorithm, data);
    }

    /** The entity tag of these bytes: their MD5 in hex. */
    String etag() {
        return HexFormat.of().formatHex(md5);
    }

    /** Compares a client's checksum value with the bytes' own. */
    static void check(ChecksumAlgorithm a, String value, byte[] data) {
        byte[] given;
        try {
            given = Base64.getDecoder().decode(value.trim());
        } catch (IllegalArgumentException e) {
            given = null;
        }
        if (given == null || given.length != a.digestLength()) {
            throw S3Errors.INVALID_REQUEST.exception("Value for " + a.header() + " header is invalid.");
        }
        if (!Arrays.equals(given, a.digest(data))) {
            throw S3Errors.BAD_DIGEST.exception("The " + a.name() + " you specified did not match the calculated "
                    + "checksum.");
        }
    }

    private static void checkContentSha256(String header, byte[] data) {
        if (header == null || header.length() != 64) {
            return; // UNSIGNED-PAYLOAD and friends
        }
        String computed = HexFormat.of().formatHex(digest("SHA-256", data));
        if (!computed.equals(header.toLowerCase(Locale.ROOT))) {
            throw S3Errors.X_AMZ_CONTENT_SHA256_MISMATCH.exception("The provided 'x-amz-content-sha256' header does "
                    + "not match what was computed.").detail("ClientComputedContentSHA256", header)
                    .detail("S3ComputedContentSHA256", computed);
        }
    }

    private static void checkContentMd5(String header, byte[] md5) {
        if (header == null) {
            return;
        }
        byte[] given;
        try {
            given = Base64.getDecoder().decode(header.trim());
        } catch (IllegalArgumentException e) {
            given = null;
        }
        if (given == null || given.length != 16) {
            throw S3Errors.INVALID_DIGEST.exception("The Content-MD5 you specified was invalid.")
                    .detail("Content-MD5", header);
        }
        if (!Arrays.equals(given, md5)) {
            throw S3Errors.BAD_DIGEST.exception("The Content-MD5 you specified did not match what we received.")
                    .detail("ExpectedDigest", HexFormat.of().formatHex(given))
                    .detail("CalculatedDigest", Base64.getEncoder().encodeToString(md5));
        }
    }

    static byte[] md5(byte[] data) {
        return digest("MD5", data);
    }

    private static byte[] digest(String algorithm, byte[] data) {
        try {
            return MessageDigest.getInstance(algorithm).digest(data);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static RuntimeException incompleteBody() {
        return S3Errors.INCOMPLETE_BODY.exception("You did not provide the number of bytes specified by the "
                + "Content-Length HTTP header");
    }
}
