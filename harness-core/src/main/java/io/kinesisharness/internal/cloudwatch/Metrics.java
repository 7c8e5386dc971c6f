package io.kinesisharness.internal.cloudwatch;

import io.kinesisharness.internal.common.Scope;
import io.kinesisharness.internal.errors.AwsException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * The metrics PutMetricData reported, per account and region: each distinct namespace, name and dimension set once
 * (what ListMetrics answers), with how many data points it received. Values themselves are not aggregated.
 */
final class Metrics {

    /** One metric: its namespace, name and dimensions (name to value, in the order given). */
    record Metric(String namespace, String name, Map<String, String> dimensions) {
    }

    private final ConcurrentMap<Scope, ConcurrentMap<Metric, Long>> regions = new ConcurrentHashMap<>();

    /**
     * Records PutMetricData's request, read protocol-independently into maps and lists.
     *
     * @param request {@code Namespace} and {@code MetricData} (a list of maps with {@code MetricName} and
     *     {@code Dimensions})
     */
    void put(Scope scope, Map<String, Object> request) {
        Object namespace = request.get("Namespace");
        if (namespace == null) {
            throw CloudWatchErrors.MISSING_PARAMETER.exception("The parameter Namespace is required.");
        }
        String ns = namespace.toString();
        if (ns.startsWith("AWS/")) {
            throw CloudWatchErrors.INVALID_PARAMETER_VALUE.exception("The value " + ns + " for parameter Namespace is "
                    + "invalid.");
        }
        List<?> data = request.get("MetricData") instanceof List<?> l ? l : null;
        if (data == null || data.isEmpty()) {
            throw CloudWatchErrors.MISSING_PARAMETER.exception("The parameter MetricData is required.");
        }
        if (data.size() > 1000) {
            throw CloudWatchErrors.INVALID_PARAMETER_VALUE.exception("The collection MetricData must not have a size "
                    + "greater than 1000.");
        }
        List<Metric> metrics = new ArrayList<>();
        for (Object o : data) {
            Map<?, ?> datum = (Map<?, ?>) o;
            Object name = datum.get("MetricName");
            if (name == null) {
                throw CloudWatchErrors.MISSING_PARAMETER.exception("The parameter MetricData.member.MetricName is "
                        + "required.");
            }
            Map<String, String> dims = new LinkedHashMap<>();
            if (datum.get("Dimensions") instanceof List<?> dl) {
                if (dl.size() > 30) {
                    throw CloudWatchErrors.INVALID_PARAMETER_VALUE.exception("The collection "
                            + "MetricData.member.Dimensions must not have a size greater than 30.");
                }
                for (Object d : dl) {
                    Map<?, ?> dim = (Map<?, ?>) d;
                    dims.put(Objects.toString(dim.get("Name")), Objects.toString(dim.get("Value")));
                }
            }
            metrics.add(new Metric(ns, name.toString(), dims));
        }
        ConcurrentMap<Metric, Long> region = regions.computeIfAbsent(scope, s -> new ConcurrentHashMap<>());
        metrics.forEach(m -> region.merge(m, 1L, Long::sum));
    }

    /** ListMetrics: the metrics matching the optional namespace, name and dimension filters. */
    List<Metric> list(Scope scope, String namespace, String name, Map<String, String> dimensions) {
        ConcurrentMap<Metric, Long> region = regions.get(scope);
        if (region == null) {
            return List.of();
        }
        List<Metric> out = new ArrayList<>();
        for (Metric m : region.keySet()) {
            if ((namespace == null || namespace.equals(m.namespace())) && (name == null || name.equals(m.name()))
                    && dimensions.entrySet().stream().allMatch(d -> d.getValue() == null
                            ? m.dimensions().containsKey(d.getKey())
                            : d.getValue().equals(m.dimensions().get(d.getKey())))) {
                out.add(m);
            }
        }
        out.sort(java.util.Comparator.comparing(Metric::namespace).thenComparing(Metric::name)
                .thenComparing(m -> m.dimensions().toString()));
        return out;
    }

    void clear() {
        regions.clear();
    }

    /**
     * CloudWatch's answer to an action it does not know; one it knows but the harness does not serve is refused
     * with the same code, and a message that says so rather than calling the action invalid.
     */
    static AwsException unknownAction(String action) {
        if (NOT_SERVED.contains(action)) {
            return CloudWatchErrors.INVALID_ACTION.exception("Kinesis Harness does not serve the CloudWatch action "
                    + action + " (only PutMetricData and ListMetrics)");
        }
        return CloudWatchErrors.INVALID_ACTION.exception("The action " + action + " is not valid for this web "
                + "service.");
    }

    /** CloudWatch's other actions (its API model of 2026-12), refused by name in every protocol. */
    static final List<String> NOT_SERVED = List.of("DeleteAlarmMuteRule", "DeleteAlarms",
            "DeleteAnomalyDetector", "DeleteDashboards", "DeleteInsightRules", "DeleteMetricStream",
            "DescribeAlarmContributors", "DescribeAlarmHistory", "DescribeAlarms", "DescribeAlarmsForMetric",
            "DescribeAnomalyDetectors", "DescribeInsightRules", "DisableAlarmActions", "DisableInsightRules",
            "EnableAlarmActions", "EnableInsightRules", "GetAlarmMuteRule", "GetDashboard", "GetInsightRuleReport",
            "GetMetricData", "GetMetricStatistics", "GetMetricStream", "GetMetricWidgetImage", "GetOTelEnrichment",
            "ListAlarmMuteRules", "ListDashboards", "ListManagedInsightRules", "ListMetricStreams",
            "ListTagsForResource", "PutAlarmMuteRule", "PutAnomalyDetector", "PutCompositeAlarm", "PutDashboard",
            "PutInsightRule", "PutManagedInsightRules", "PutMetricAlarm", "PutMetricStream", "SetAlarmState",
            "StartMetricStreams", "StartOTelEnrichment", "StopMetricStreams", "StopOTelEnrichment", "TagResource",
            "UntagResource");
}
