package io.kinesisharness.internal.analytics.sql;

import io.kinesisharness.internal.analytics.engine.EvalContext;
import java.text.SimpleDateFormat;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Date;

/**
 * One call site's date format (an application's expressions run on one thread at a time): built once per pattern,
 * since a SimpleDateFormat is costly to build, and reading two-digit years in the century that starts 80 years
 * before the query started on the harness clock (SimpleDateFormat's own rule, which would read the host's clock).
 */
final class DateFormats {

    private final EvalContext context;
    private String pattern;
    private SimpleDateFormat format;
    private long centuryOf = Long.MIN_VALUE;

    DateFormats(EvalContext context) {
        this.context = context;
    }

    SimpleDateFormat get(String pattern) {
        if (!pattern.equals(this.pattern)) {
            format = RexCompiler.format(pattern);
            this.pattern = pattern;
            centuryOf = Long.MIN_VALUE;
        }
        if (centuryOf != context.queryStart) {
            centuryOf = context.queryStart;
            format.set2DigitYearStart(Date.from(Instant.ofEpochMilli(centuryOf).atZone(ZoneOffset.UTC)
                    .minusYears(80).toInstant()));
        }
        return format;
    }
}
