package io.kinesisharness.internal.server;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;

/**
 * Just enough ASN.1 DER to write one X.509 certificate: every value is built bottom-up as a complete
 * tag-length-value byte array, which keeps lengths trivially correct.
 */
final class Der {

    private static final int BOOLEAN = 0x01;
    private static final int INTEGER = 0x02;
    private static final int BIT_STRING = 0x03;
    private static final int OCTET_STRING = 0x04;
    private static final int OBJECT_IDENTIFIER = 0x06;
    private static final int UTF8_STRING = 0x0C;
    private static final int UTC_TIME = 0x17;
    private static final int GENERALIZED_TIME = 0x18;
    private static final int SEQUENCE = 0x30;
    private static final int SET = 0x31;
    private static final int CONTEXT_PRIMITIVE = 0x80;
    private static final int CONTEXT_CONSTRUCTED = 0xA0;

    private Der() {
    }

    static byte[] sequence(byte[]... elements) {
        return tlv(SEQUENCE, concat(elements));
    }

    static byte[] set(byte[]... elements) {
        return tlv(SET, concat(elements));
    }

    static byte[] integer(BigInteger value) {
        return tlv(INTEGER, value.toByteArray());
    }

    static byte[] bool(boolean value) {
        return tlv(BOOLEAN, new byte[] {(byte) (value ? 0xFF : 0x00)});
    }

    static byte[] octetString(byte[] content) {
        return tlv(OCTET_STRING, content);
    }

    /** Signatures and keys are whole bytes, so the "unused bits" prefix is always zero. */
    static byte[] bitString(byte[] content) {
        byte[] withPrefix = new byte[content.length + 1];
        System.arraycopy(content, 0, withPrefix, 1, content.length);
        return tlv(BIT_STRING, withPrefix);
    }

    static byte[] utf8String(String value) {
        return tlv(UTF8_STRING, value.getBytes(StandardCharsets.UTF_8));
    }

    /** {@code yyMMddHHmmssZ}; X.509 requires this form for dates up to 2049. */
    static byte[] utcTime(String value) {
        return tlv(UTC_TIME, value.getBytes(StandardCharsets.US_ASCII));
    }

    /** {@code yyyyMMddHHmmssZ}; X.509 requires this form for dates from 2050 on. */
    static byte[] generalizedTime(String value) {
        return tlv(GENERALIZED_TIME, value.getBytes(StandardCharsets.US_ASCII));
    }

    static byte[] oid(String dotted) {
        String[] arcs = dotted.split("\\.");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writeBase128(out, Long.parseLong(arcs[0]) * 40 + Long.parseLong(arcs[1]));
        for (int i = 2; i < arcs.length; i++) {
            writeBase128(out, Long.parseLong(arcs[i]));
        }
        return tlv(OBJECT_IDENTIFIER, out.toByteArray());
    }

    /** {@code [n] EXPLICIT}: wraps an already encoded element. */
    static byte[] explicit(int tagNumber, byte[] encoded) {
        return tlv(CONTEXT_CONSTRUCTED | tagNumber, encoded);
    }

    /** {@code [n] IMPLICIT} for a primitive type: replaces its tag, keeps the raw content. */
    static byte[] implicit(int tagNumber, byte[] content) {
        return tlv(CONTEXT_PRIMITIVE | tagNumber, content);
    }

    static byte[] tlv(int tag, byte[] content) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(content.length + 6);
        out.write(tag);
        int length = content.length;
        if (length < 0x80) {
            out.write(length);
        } else {
            int bytes = (Integer.SIZE - Integer.numberOfLeadingZeros(length) + 7) / 8;
            out.write(0x80 | bytes);
            for (int shift = (bytes - 1) * 8; shift >= 0; shift -= 8) {
                out.write(length >>> shift);
            }
        }
        out.writeBytes(content);
        return out.toByteArray();
    }

    private static void writeBase128(ByteArrayOutputStream out, long value) {
        int groups = Math.max(1, (Long.SIZE - Long.numberOfLeadingZeros(value) + 6) / 7);
        for (int i = groups - 1; i >= 0; i--) {
            int group = (int) (value >>> (7 * i)) & 0x7F;
            out.write(i == 0 ? group : group | 0x80);
        }
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }
}
