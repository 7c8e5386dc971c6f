import io.netty.bootstrap.ServerBootstrap;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.channel.nio.NioEventLoopGroup;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpObjectAggregator;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpServerCodec;
import io.netty.handler.codec.http.HttpVersion;
import java.nio.charset.StandardCharsets;

/**
 * Netty's floor for the readiness probe: the least an HTTP/1.1 server on Netty does (one event loop group, the
 * HTTP codec and aggregator) before answering an empty ListStreams. No Jackson, no engine, no settings.
 */
public final class BareNettyServer {
    public static void main(String[] args) throws Exception {
        byte[] body = "{\"StreamNames\":[],\"HasMoreStreams\":false}".getBytes(StandardCharsets.UTF_8);
        NioEventLoopGroup group = new NioEventLoopGroup(2);
        new ServerBootstrap().group(group).channel(NioServerSocketChannel.class)
                .childHandler(new ChannelInitializer<SocketChannel>() {
                    @Override
                    protected void initChannel(SocketChannel channel) {
                        channel.pipeline().addLast(new HttpServerCodec(), new HttpObjectAggregator(1 << 20),
                                new SimpleChannelInboundHandler<FullHttpRequest>() {
                                    @Override
                                    protected void channelRead0(ChannelHandlerContext context, FullHttpRequest request) {
                                        FullHttpResponse response = new DefaultFullHttpResponse(HttpVersion.HTTP_1_1,
                                                HttpResponseStatus.OK, Unpooled.wrappedBuffer(body));
                                        response.headers().set("Content-Type", "application/x-amz-json-1.1")
                                                .setInt("Content-Length", body.length);
                                        context.writeAndFlush(response);
                                    }
                                });
                    }
                })
                .bind("127.0.0.1", Integer.parseInt(args[0])).sync();
    }
}
