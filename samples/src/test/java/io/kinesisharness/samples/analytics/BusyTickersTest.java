package io.kinesisharness.samples.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import io.kinesisharness.HarnessClock;
import io.kinesisharness.analytics.AnalyticsApplication;
import io.kinesisharness.analytics.HarnessAnalytics;
import io.kinesisharness.junit.KinesisHarnessTest;
import io.kinesisharness.junit.KinesisStream;
import io.kinesisharness.junit.KinesisStreamReader;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.kinesis.KinesisClient;

/**
 * A Kinesis Data Analytics SQL application kept in the repository (src/main/resources/kda/busy-tickers.sql), run
 * by the harness: trades written to a Kinesis stream, a minute of harness time, the busy tickers read from the
 * output stream.
 */
@KinesisHarnessTest(startAt = "2026-12-06T09:30:00Z")
@KinesisStream(name = "trades")
@KinesisStream(name = "busy-tickers")
class BusyTickersTest {

    @Test
    void tickers_with_more_than_two_trades_in_a_minute_are_reported(HarnessAnalytics analytics, KinesisClient kinesis,
            HarnessClock clock, KinesisStreamReader reader) {
        analytics.start(AnalyticsApplication.builder("busy-tickers")
                .codeFrom(Path.of("src/main/resources/kda/busy-tickers.sql"))
                .input("trades").column("TICKER", "VARCHAR(8)").column("PRICE", "DOUBLE")
                .output("BUSY_TICKERS", "busy-tickers")
                .build());

        for (String trade : new String[] {"AMZN 180.5", "AMZN 181.5", "MSFT 420", "AMZN 182.5", "MSFT 421"}) {
            String[] t = trade.split(" ");
            kinesis.putRecord(b -> b.streamName("trades").partitionKey(t[0]).data(SdkBytes.fromUtf8String(
                    "{\"TICKER\":\"" + t[0] + "\",\"PRICE\":" + t[1] + "}")));
        }
        clock.advance(Duration.ofMinutes(1));

        assertThat(reader.readAllAsStrings("busy-tickers"))
                .containsExactly("{\"TICKER\":\"AMZN\",\"TRADES\":3,\"AVG_PRICE\":181.5}");
        assertThat(analytics.received("busy-tickers", "TICKER_MINUTES")).containsExactly(
                "{\"TICKER\":\"AMZN\",\"TRADES\":3,\"AVG_PRICE\":181.5,\"MINUTE_END\":\"2026-12-06 09:31:00.000\"}",
                "{\"TICKER\":\"MSFT\",\"TRADES\":2,\"AVG_PRICE\":420.5,\"MINUTE_END\":\"2026-12-06 09:31:00.000\"}");
    }
}
