package io.kinesisharness.internal.analytics.sql;

import io.kinesisharness.internal.analytics.engine.CompiledApplication;
import io.kinesisharness.internal.analytics.engine.SqlCodeException;
import io.kinesisharness.internal.analytics.engine.SqlCompiler;
import java.util.List;
import java.util.function.LongConsumer;
import java.util.function.LongSupplier;

/** The SQL front end as an application run sees it; loaded by name, from the standalone jar's SQL bundle there. */
public final class CalciteCompiler implements SqlCompiler {

    @Override
    public void checkSyntax(String code) throws SqlCodeException {
        ApplicationCompiler.checkSyntax(code);
    }

    @Override
    public CompiledApplication compile(String code, List<InputStream> inputs, List<ReferenceTable> references,
            LongSupplier now, LongConsumer wakeAt) throws SqlCodeException {
        return ApplicationCompiler.compile(code, inputs, references, now, wakeAt);
    }
}
