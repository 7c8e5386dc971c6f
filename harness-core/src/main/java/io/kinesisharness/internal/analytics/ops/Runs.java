package io.kinesisharness.internal.analytics.ops;

import io.kinesisharness.internal.analytics.model.Application;
import io.kinesisharness.internal.common.Scope;
import java.util.Map;

/** What the operations ask of the engine: run an application, stop it, check its code. */
public interface Runs {

    /**
     * Compiles the application's code against its inputs and starts reading them.
     *
     * @param positions each input's starting position by input id (NOW, TRIM_HORIZON, LAST_STOPPED_POINT)
     * @throws io.kinesisharness.internal.errors.AwsException CodeValidationException with the SQL error, or an
     *         input or output that cannot be reached
     */
    void start(Scope scope, Application app, Map<String, String> positions);

    void stop(Application app);

    /** Whether it runs now. */
    boolean running(Application app);

    /** Checks the code's syntax (CreateApplication and UpdateApplication), or raises CodeValidationException. */
    void checkSyntax(String code);
}
