package io.kinesisharness.internal.analytics.run;

import io.kinesisharness.internal.analytics.engine.CompiledApplication;
import io.kinesisharness.internal.analytics.engine.SqlCodeException;
import io.kinesisharness.internal.analytics.engine.SqlCompiler;
import io.kinesisharness.internal.common.LibraryBundle;
import java.util.List;
import java.util.function.LongConsumer;
import java.util.function.LongSupplier;

/**
 * Finds the SQL front end. In-process, Calcite is an optional dependency and the front end is used directly when the
 * class path has it. The standalone jar carries the front end with Calcite and its libraries (about 14,000 classes)
 * as a bundle ({@value #BUNDLE}) loaded on the first SQL an application brings, so that a start never opens them.
 */
final class SqlFrontEnd {

    static final String BUNDLE = "META-INF/kinesis-harness/sql-bundle.zip";
    private static final String COMPILER = "io.kinesisharness.internal.analytics.sql.CalciteCompiler";
    private static final LibraryBundle SQL = new LibraryBundle(BUNDLE, "sql",
            "org/apache/calcite/sql/parser/SqlParser.class", COMPILER.replace('.', '/') + ".class");
    private static SqlCompiler compiler;

    private SqlFrontEnd() {
    }

    /** Whether SQL can be compiled here: Calcite on the class path, or the bundle in the jar. */
    static boolean available() {
        return SQL.available();
    }

    /** The compiler, loaded once per JVM. */
    static synchronized SqlCompiler compiler() {
        if (compiler == null) {
            compiler = new InLoader(SQL.instance(COMPILER, SqlCompiler.class), SQL.loader());
        }
        return compiler;
    }

    /** Runs each call with the bundle's loader as the thread's context loader, where Calcite looks up its plug-ins. */
    private record InLoader(SqlCompiler compiler, ClassLoader loader) implements SqlCompiler {

        @Override
        public void checkSyntax(String code) throws SqlCodeException {
            Thread t = Thread.currentThread();
            ClassLoader before = t.getContextClassLoader();
            t.setContextClassLoader(loader);
            try {
                compiler.checkSyntax(code);
            } finally {
                t.setContextClassLoader(before);
            }
        }

        @Override
        public CompiledApplication compile(String code, List<InputStream> inputs, List<ReferenceTable> references,
                LongSupplier now, LongConsumer wakeAt) throws SqlCodeException {
            Thread t = Thread.currentThread();
            ClassLoader before = t.getContextClassLoader();
            t.setContextClassLoader(loader);
            try {
                return compiler.compile(code, inputs, references, now, wakeAt);
            } finally {
                t.setContextClassLoader(before);
            }
        }
    }
}
