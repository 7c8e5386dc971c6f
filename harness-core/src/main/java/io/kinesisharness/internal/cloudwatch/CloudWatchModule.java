package io.kinesisharness.internal.cloudwatch;

import com.fasterxml.jackson.core.type.TypeReference;
import io.kinesisharness.internal.common.Scope;
import io.kinesisharness.internal.dispatch.AwsReply;
import io.kinesisharness.internal.dispatch.OperationTable;
import io.kinesisharness.internal.dispatch.RequestContext;
import io.kinesisharness.internal.dispatch.RestHandler;
import io.kinesisharness.internal.dispatch.RestRequest;
import io.kinesisharness.internal.errors.AwsException;
import io.kinesisharness.internal.protocol.auth.SigV4Scope;
import io.kinesisharness.internal.protocol.awsjson.JsonErrorWriter;
import io.kinesisharness.internal.protocol.awsjson.JsonProtocol;
import io.kinesisharness.internal.protocol.awsjson.WireFormat;
import io.kinesisharness.internal.protocol.restxml.XmlWriter;
import io.kinesisharness.internal.service.ServiceContext;
import io.kinesisharness.internal.service.ServiceModule;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * CloudWatch's PutMetricData (and ListMetrics, to read back what was put), so a KCL worker with metrics on needs no
 * other endpoint. All three protocols AWS accepts for CloudWatch are answered: Smithy RPC v2 CBOR (the SDK for Java
 * v2), AWS JSON 1.0 ({@code X-Amz-Target}) and the Query protocol (form bodies, XML answers; the CLI and older SDKs).
 * Any other action gets CloudWatch's own {@code InvalidAction}, whose message says when the harness does not serve
 * an action CloudWatch has.
 */
public final class CloudWatchModule implements ServiceModule {

    public static final String SERVICE = "cloudwatch";
    public static final String TARGET_PREFIX = "GraniteServiceVersion20100801";
    static final String SIGNING_NAME = "monitoring";
    private static final String RPC_PATH = "/service/" + TARGET_PREFIX + "/operation/";
    private static final String XML_NAMESPACE = "http://monitoring.amazonaws.com/doc/2010-08-01/";
    private static final JsonProtocol JSON = JsonProtocol.json10("com.amazonaws.cloudwatch#",
            "com.amazonaws.cloudwatch");
    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {
    };

    private final Metrics metrics = new Metrics();
    private final Scope defaultScope;

    CloudWatchModule(ServiceContext context) {
        this.defaultScope = context.defaultScope();
    }

    @Override
    public void register(OperationTable table) {
        OperationTable.ServiceRegistration r = table.service(SERVICE, TARGET_PREFIX, JSON)
                .add("PutMetricData", Map.class, (ctx, in) -> putMetricData(ctx.scope(), cast(in)))
                .add("ListMetrics", Map.class, (ctx, in) -> listMetrics(ctx.scope(), cast(in)));
        for (String action : Metrics.NOT_SERVED) {
            r.add(action, Map.class, (ctx, in) -> {
                throw Metrics.unknownAction(action);
            });
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> cast(Map<?, ?> in) {
        return (Map<String, Object>) in;
    }

    @Override
    public RestHandler rest() {
        return this::handle;
    }

    @Override
    public void reset() {
        metrics.clear();
    }

    private Map<String, Object> putMetricData(Scope scope, Map<String, Object> request) {
        metrics.put(scope, request);
        return Map.of();
    }

    private Map<String, Object> listMetrics(Scope scope, Map<String, Object> request) {
        Map<String, String> dims = new LinkedHashMap<>();
        if (request.get("Dimensions") instanceof List<?> l) {
            for (Object o : l) {
                Map<?, ?> d = (Map<?, ?>) o;
                dims.put(String.valueOf(d.get("Name")), d.get("Value") == null ? null : d.get("Value").toString());
            }
        }
        List<Map<String, Object>> out = new ArrayList<>();
        for (Metrics.Metric m : metrics.list(scope, (String) request.get("Namespace"),
                (String) request.get("MetricName"), dims)) {
            Map<String, Object> metric = new LinkedHashMap<>();
            metric.put("Namespace", m.namespace());
            metric.put("MetricName", m.name());
            List<Map<String, String>> dl = new ArrayList<>();
            m.dimensions().forEach((k, v) -> dl.add(Map.of("Name", k, "Value", v)));
            metric.put("Dimensions", dl);
            out.add(metric);
        }
        return Map.of("Metrics", out);
    }

    /** RPC v2 CBOR ({@code /service/.../operation/X}) or the Query protocol (a form body naming its Action). */
    private AwsReply handle(RestRequest request) {
        Scope scope = SigV4Scope.resolve(request.header("authorization"), true, defaultScope.accountId(),
                defaultScope.region());
        if (request.path().startsWith(RPC_PATH)) {
            return rpcV2Cbor(scope, request.path().substring(RPC_PATH.length()), request.body());
        }
        return query(scope, request);
    }

    private AwsReply rpcV2Cbor(Scope scope, String operation, byte[] body) {
        Map<String, String> headers = Map.of("smithy-protocol", "rpc-v2-cbor");
        try {
            Map<String, Object> input = body.length == 0 ? Map.of()
                    : WireFormat.CBOR.mapper().readValue(body, MAP);
            Map<String, Object> output = switch (operation) {
                case "PutMetricData" -> putMetricData(scope, input);
                case "ListMetrics" -> listMetrics(scope, input);
                default -> throw Metrics.unknownAction(operation);
            };
            return AwsReply.withHeaders(200, "application/cbor", WireFormat.CBOR.mapper().writeValueAsBytes(output),
                    headers, null);
        } catch (AwsException e) {
            CloudWatchErrors code = (CloudWatchErrors) e.error();
            Map<String, String> errorHeaders = new LinkedHashMap<>(headers);
            errorHeaders.put("x-amzn-query-error", e.code() + ";" + (e.status() >= 500 ? "Receiver" : "Sender"));
            byte[] error = JsonErrorWriter.body("com.amazonaws.cloudwatch#" + code.shapeName(), e.getMessage(),
                    WireFormat.CBOR);
            return AwsReply.withHeaders(e.status(), "application/cbor", error, errorHeaders, e.code());
        } catch (IOException e) {
            return AwsReply.withHeaders(400, "application/cbor", JsonErrorWriter.body(
                    "com.amazonaws.cloudwatch#SerializationException", "Malformed CBOR body", WireFormat.CBOR),
                    headers, "SerializationException");
        }
    }

    private AwsReply query(Scope scope, RestRequest request) {
        Map<String, Object> form = Forms.parse(new String(request.body(), StandardCharsets.UTF_8)
                + (request.query().isEmpty() ? "" : "&" + request.query()));
        String action = form.get("Action") == null ? null : form.get("Action").toString();
        String requestId = UUID.randomUUID().toString();
        try {
            if (action == null) {
                throw CloudWatchErrors.MISSING_PARAMETER.exception("The request must contain the parameter Action.");
            }
            XmlWriter xml = XmlWriter.document(action + "Response", XML_NAMESPACE);
            switch (action) {
                case "PutMetricData" -> putMetricData(scope, form);
                case "ListMetrics" -> {
                    xml.start("ListMetricsResult").start("Metrics");
                    @SuppressWarnings("unchecked")
                    List<Map<String, Object>> list = (List<Map<String, Object>>) listMetrics(scope, form)
                            .get("Metrics");
                    for (Map<String, Object> m : list) {
                        xml.start("member").element("Namespace", m.get("Namespace"))
                                .element("MetricName", m.get("MetricName")).start("Dimensions");
                        @SuppressWarnings("unchecked")
                        List<Map<String, String>> dims = (List<Map<String, String>>) m.get("Dimensions");
                        for (Map<String, String> d : dims) {
                            xml.start("member").element("Name", d.get("Name")).element("Value", d.get("Value")).end();
                        }
                        xml.end().end();
                    }
                    xml.end().end();
                }
                default -> throw Metrics.unknownAction(action);
            }
            xml.start("ResponseMetadata").element("RequestId", requestId).end();
            return AwsReply.withHeaders(200, "text/xml", xml.toBytes(), Map.of("x-amzn-RequestId", requestId),
                    null);
        } catch (AwsException e) {
            XmlWriter xml = XmlWriter.document("ErrorResponse", XML_NAMESPACE).start("Error")
                    .element("Type", e.status() >= 500 ? "Receiver" : "Sender").element("Code", e.code())
                    .element("Message", e.getMessage()).end().element("RequestId", requestId);
            return AwsReply.withHeaders(e.status(), "text/xml", xml.toBytes(), Map.of("x-amzn-RequestId", requestId),
                    e.code());
        }
    }

    /** The Query protocol's flattened form fields ({@code MetricData.member.1.MetricName}) as maps and lists. */
    static final class Forms {
        private Forms() {
        }

        static Map<String, Object> parse(String body) {
            Map<String, Object> root = new LinkedHashMap<>();
            for (String pair : body.split("&")) {
                if (pair.isEmpty()) {
                    continue;
                }
                int eq = pair.indexOf('=');
                String key = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
                String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
                put(root, key.split("\\."), 0, value);
            }
            return root;
        }

        @SuppressWarnings("unchecked")
        private static void put(Map<String, Object> map, String[] parts, int i, String value) {
            String name = parts[i];
            if (i == parts.length - 1) {
                map.put(name, value);
                return;
            }
            if ("member".equals(parts[i + 1]) && i + 2 < parts.length) {
                List<Object> list = (List<Object>) map.computeIfAbsent(name, k -> new ArrayList<>());
                int index = Integer.parseInt(parts[i + 2]) - 1;
                while (list.size() <= index) {
                    list.add(new LinkedHashMap<String, Object>());
                }
                if (i + 3 == parts.length) {
                    list.set(index, value);
                } else {
                    put((Map<String, Object>) list.get(index), parts, i + 3, value);
                }
                return;
            }
            Map<String, Object> child = (Map<String, Object>) map.computeIfAbsent(name, k -> new LinkedHashMap<>());
            put(child, parts, i + 1, value);
        }
    }
}
