package io.kinesisharness.internal.kinesis.ops;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kinesisharness.internal.dispatch.Empty;
import io.kinesisharness.internal.dispatch.RequestContext;
import io.kinesisharness.internal.kinesis.KinesisErrors;
import io.kinesisharness.internal.kinesis.api.GetResourcePolicyResponse;
import io.kinesisharness.internal.kinesis.api.PutResourcePolicyRequest;
import io.kinesisharness.internal.kinesis.api.ResourceArnRequest;
import io.kinesisharness.internal.kinesis.model.KinesisEngine;
import io.kinesisharness.internal.kinesis.model.ResourceLookup;
import java.io.IOException;

/**
 * Resource-based policies of streams (and of consumers, through {@link ResourceLookup}). The harness checks
 * no permissions; it keeps the document so tools that read it back see what they wrote.
 */
public final class ResourcePolicyOperations {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** What GetResourcePolicy answers for a resource with no policy: the output member is required. */
    private static final String NO_POLICY = "{}";

    private final KinesisEngine engine;

    public ResourcePolicyOperations(KinesisEngine engine) {
        this.engine = engine;
    }

    public Empty putResourcePolicy(RequestContext ctx, PutResourcePolicyRequest in) {
        ResourceLookup.Resource r = engine.resources().find(ctx.scope(), in.resourceArn(), engine.now());
        if (!isJsonObject(in.policy())) {
            throw KinesisErrors.INVALID_ARGUMENT.exception("Policy document " + in.policy()
                    + " is not a valid JSON policy document.");
        }
        r.policy().document(in.policy());
        return Empty.INSTANCE;
    }

    public GetResourcePolicyResponse getResourcePolicy(RequestContext ctx, ResourceArnRequest in) {
        ResourceLookup.Resource r = engine.resources().find(ctx.scope(), in.resourceArn(), engine.now());
        String policy = r.policy().document();
        return new GetResourcePolicyResponse(policy == null ? NO_POLICY : policy);
    }

    public Empty deleteResourcePolicy(RequestContext ctx, ResourceArnRequest in) {
        ResourceLookup.Resource r = engine.resources().find(ctx.scope(), in.resourceArn(), engine.now());
        r.policy().document(null);
        return Empty.INSTANCE;
    }

    private static boolean isJsonObject(String text) {
        try {
            JsonNode node = JSON.readTree(text);
            return node != null && node.isObject();
        } catch (IOException e) {
            return false;
        }
    }
}
