package io.kinesisharness.internal.lambda;

import io.kinesisharness.admin.AdminRoute;
import io.kinesisharness.internal.clock.HarnessScheduler;
import io.kinesisharness.internal.dispatch.OperationTable;
import io.kinesisharness.internal.lambda.access.FunctionInvoker;
import io.kinesisharness.internal.service.AdminHandler;
import io.kinesisharness.internal.service.ServiceContext;
import io.kinesisharness.internal.service.ServiceModule;
import io.kinesisharness.lambda.HarnessLambda;
import io.kinesisharness.lambda.LambdaFunction;
import io.kinesisharness.lambda.LambdaInvocation;
import io.kinesisharness.lambda.LambdaRoutes;
import io.kinesisharness.lambda.RecordTransformer;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The functions tests stand in for Lambda: registered in-process (Java) or by URL (admin API), invoked by the
 * services that call Lambda, every call logged on the harness clock. The harness serves no Lambda API: a test's
 * function needs no deployment, only a name.
 */
public final class LambdaModule implements ServiceModule, HarnessLambda, FunctionInvoker {

    public static final String SERVICE = FunctionInvoker.SERVICE;

    private static final Logger LOG = LoggerFactory.getLogger(LambdaModule.class);

    private final HarnessScheduler scheduler;
    private final Map<String, Registered> functions = new ConcurrentHashMap<>();
    private final List<LambdaInvocation> log = new ArrayList<>();

    /** A Java function or an HTTP URL. */
    private record Registered(LambdaFunction function, URI url) {
    }

    LambdaModule(ServiceContext context) {
        this.scheduler = context.scheduler();
    }

    @Override
    public void register(String function, LambdaFunction handler) {
        functions.put(checked(function), new Registered(Objects.requireNonNull(handler, "handler"), null));
    }

    @Override
    public void registerTransformer(String function, RecordTransformer transformer) {
        register(function, RecordTransformers.adapt(Objects.requireNonNull(transformer, "transformer")));
    }

    @Override
    public void registerUrl(String function, URI url) {
        Objects.requireNonNull(url, "url");
        if (!"http".equals(url.getScheme()) && !"https".equals(url.getScheme())) {
            throw new IllegalArgumentException("A function's URL must be http or https: " + url);
        }
        functions.put(checked(function), new Registered(null, url));
    }

    @Override
    public void unregister(String function) {
        functions.remove(checked(function));
    }

    @Override
    public List<LambdaInvocation> invocations(String function) {
        synchronized (log) {
            return log.stream().filter(i -> FunctionNames.matches(function, i.function())).toList();
        }
    }

    @Override
    public Invocation invoke(String functionArn, String event) {
        Registered r = find(functionArn);
        Invocation result;
        if (r == null) {
            result = Invocation.failed(Failure.NOT_FOUND, "No function is registered with the harness for "
                    + functionArn + "; register one with harness.lambda().register(\"" + shortName(functionArn)
                    + "\", …) or POST " + LambdaRoutes.REGISTER.path());
            LOG.warn(result.message());
        } else if (r.url() != null) {
            result = HttpFunction.call(r.url(), event);
        } else {
            result = callJava(r.function(), event);
        }
        synchronized (log) {
            log.add(new LambdaInvocation(functionArn, scheduler.clock().now(), event, result.response(),
                    result.message()));
        }
        return result;
    }

    private static Invocation callJava(LambdaFunction function, String event) {
        try {
            String response = function.invoke(event);
            return response == null ? Invocation.failed(Failure.FUNCTION_ERROR, "the function returned null")
                    : Invocation.answered(response);
        } catch (Exception | Error e) {
            if (e instanceof VirtualMachineError) {
                throw (Error) e;
            }
            return Invocation.failed(Failure.FUNCTION_ERROR, e.toString());
        }
    }

    private Registered find(String functionArn) {
        for (String key : FunctionNames.candidates(functionArn)) {
            Registered r = functions.get(key);
            if (r != null) {
                return r;
            }
        }
        return null;
    }

    private static String shortName(String arn) {
        List<String> c = FunctionNames.candidates(arn);
        return c.get(c.size() - 1);
    }

    private static String checked(String function) {
        if (function == null || function.isBlank()) {
            throw new IllegalArgumentException("A function is registered under a name or an ARN");
        }
        return function;
    }

    @Override
    public void register(OperationTable table) {
    }

    @Override
    public void reset() {
        functions.clear();
        synchronized (log) {
            log.clear();
        }
    }

    @Override
    public Map<AdminRoute, AdminHandler> adminRoutes() {
        return Map.of(LambdaRoutes.REGISTER, this::registerRoute, LambdaRoutes.UNREGISTER, this::unregisterRoute,
                LambdaRoutes.INVOCATIONS, this::invocationsRoute);
    }

    private Object registerRoute(Map<String, Object> body) {
        String function = required(body, "function");
        String url = required(body, "url");
        try {
            registerUrl(function, URI.create(url));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Not a function URL: " + url, e);
        }
        return Map.of("registered", function);
    }

    private Object unregisterRoute(Map<String, Object> body) {
        String function = required(body, "function");
        unregister(function);
        return Map.of("unregistered", function);
    }

    private Object invocationsRoute(Map<String, Object> body) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (LambdaInvocation i : invocations(required(body, "function"))) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("function", i.function());
            m.put("time", i.time().toString());
            m.put("event", i.event());
            m.put("response", i.response());
            m.put("error", i.error());
            out.add(m);
        }
        return Map.of("invocations", out);
    }

    private static String required(Map<String, Object> body, String name) {
        Object v = body.get(name);
        if (v == null || v.toString().isBlank()) {
            throw new IllegalArgumentException(name + " is required");
        }
        return v.toString();
    }
}
