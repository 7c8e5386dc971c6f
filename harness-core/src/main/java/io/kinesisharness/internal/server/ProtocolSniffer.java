package io.kinesisharness.internal.server;

import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.ByteToMessageDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Decides from a connection's first bytes what it speaks, installs the matching handlers and steps aside; the
 * bytes it looked at (and never consumed) are passed on to them. Before TLS it tells a TLS record from
 * cleartext; on cleartext, and again inside TLS when ALPN chose nothing, it tells the HTTP/2 connection preface
 * from HTTP/1.1, because the AWS SDK speaks HTTP/2 without negotiating it.
 */
final class ProtocolSniffer extends ByteToMessageDecoder {

    private static final byte[] HTTP2_PREFACE = "PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n".getBytes(StandardCharsets.US_ASCII);
    /** A TLS record header is five bytes. */
    private static final int TLS_PROBE_BYTES = 5;

    private final ConnectionSetup setup;
    private final boolean insideTls;

    ProtocolSniffer(ConnectionSetup setup, boolean insideTls) {
        this.setup = setup;
        this.insideTls = insideTls;
    }

    @Override
    protected void decode(ChannelHandlerContext ctx, ByteBuf in, List<Object> out) {
        if (!insideTls) {
            if (in.readableBytes() < TLS_PROBE_BYTES) {
                return;
            }
            if (isTlsHandshake(in)) {
                setup.useTls(ctx.pipeline());
                ctx.pipeline().remove(this);
                return;
            }
        }
        int available = Math.min(in.readableBytes(), HTTP2_PREFACE.length);
        for (int i = 0; i < available; i++) {
            if (in.getByte(in.readerIndex() + i) != HTTP2_PREFACE[i]) {
                // Upgrade to h2c is a cleartext-only mechanism (RFC 7540 section 3.2).
                setup.useHttp1(ctx.pipeline(), !insideTls);
                ctx.pipeline().remove(this);
                return;
            }
        }
        if (available == HTTP2_PREFACE.length) {
            setup.useHttp2(ctx.pipeline());
            ctx.pipeline().remove(this);
        }
    }

    /**
     * A TLS connection opens with a handshake record: content type 22, protocol major version 3. Checked by
     * hand because touching Netty's SslHandler initialises the JDK's TLS stack (hundreds of milliseconds), which
     * a plain-HTTP server start must not pay.
     */
    private static boolean isTlsHandshake(ByteBuf in) {
        int i = in.readerIndex();
        return in.getUnsignedByte(i) == 22 && in.getUnsignedByte(i + 1) == 3;
    }
}
