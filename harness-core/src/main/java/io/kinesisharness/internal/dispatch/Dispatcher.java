package io.kinesisharness.internal.dispatch;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidNullException;
import io.kinesisharness.internal.common.Scope;
import io.kinesisharness.internal.errors.AwsException;
import io.kinesisharness.internal.errors.CommonErrors;
import io.kinesisharness.internal.faults.FaultInjector;
import io.kinesisharness.internal.protocol.auth.SigV4Scope;
import io.kinesisharness.internal.protocol.awsjson.JsonProtocol;
import io.kinesisharness.internal.protocol.awsjson.SerializationMessages;
import io.kinesisharness.internal.protocol.awsjson.WireFormat;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Answers one AWS JSON/CBOR call, checking in the order AWS checks: body present, content type, body
 * well-formed, operation known, authentication, member types, shape constraints, then the handler. Output and
 * errors are encoded in the request's format. An operation that streams (SubscribeToShard) goes through the same
 * checks; its handler returns a {@link StreamingAnswer}, which the transport starts instead of sending a body.
 */
public final class Dispatcher {

    private static final Logger LOG = LoggerFactory.getLogger(Dispatcher.class);
    private static final byte[] NO_BODY = new byte[0];
    private static final byte[] CORAL_UNKNOWN_OPERATION = ("{\"Output\":{\"__type\":\"com.amazon.coral.service"
            + "#UnknownOperationException\"},\"Version\":\"1.0\"}").getBytes(StandardCharsets.UTF_8);
    private static final byte[] CORAL_SERIALIZATION = ("{\"Output\":{\"__type\":\"com.amazon.coral.service"
            + "#SerializationException\"},\"Version\":\"1.0\"}").getBytes(StandardCharsets.UTF_8);

    private final OperationTable table;
    private final String defaultAccount;
    private final String defaultRegion;
    private final FaultInjector faults;

    public Dispatcher(OperationTable table, String defaultAccount, String defaultRegion, FaultInjector faults) {
        this.table = table;
        this.defaultAccount = defaultAccount;
        this.defaultRegion = defaultRegion;
        this.faults = faults;
    }

    /**
     * The request as the transport saw it; the body is the first {@code bodyLength} bytes of {@code body}.
     *
     * @param query the raw query string (presigned requests carry their signature there), "" when none
     */
    public record Call(String target, String contentType, String authorization, boolean hasDate, String query,
            byte[] body, int bodyLength) {

        public Call(String target, String contentType, String authorization, boolean hasDate, byte[] body) {
            this(target, contentType, authorization, hasDate, "", body, body == null ? 0 : body.length);
        }
    }

    /**
     * Answers a call, in AWS's order of checks: an empty body; a content type the service does not speak; a body
     * that is not an object; plain {@code application/json}; an unknown operation; authentication; then the
     * operation's own decoding, validation and handler. Errors before the operation is known are answered in CBOR
     * unless the request's content type is one the service speaks.
     */
    public AwsReply dispatch(Call call) {
        Operation<?, ?> op = table.find(call.target());
        JsonProtocol protocol = op != null ? op.protocol() : protocolOf(call.target());
        WireFormat format = WireFormat.fromContentType(call.contentType());
        boolean spoken = format != null && protocol.accepts(format);
        // A service not served here is refused in its caller's own format, so that the message naming it is read.
        WireFormat errorFormat = spoken || (op == null && format != null && UnservedServices.message(call.target())
                != null) ? format : WireFormat.CBOR;
        try {
            return handle(call, op, spoken ? format : null);
        } catch (AwsException e) {
            return AwsReply.error(e, errorFormat, protocol);
        } catch (RuntimeException e) {
            LOG.error("Internal failure answering {}", call.target(), e);
            return AwsReply.error(CommonErrors.INTERNAL_FAILURE.exception(null), errorFormat, protocol);
        }
    }

    /** The protocol of the service a target names; Kinesis's when none does, whose answers the front door gives. */
    private JsonProtocol protocolOf(String target) {
        JsonProtocol p = table.protocolOf(target);
        return p == null ? JsonProtocol.KINESIS : p;
    }

    /** @param format the request's format when the service speaks it, else null */
    private AwsReply handle(Call call, Operation<?, ?> op, WireFormat format) {
        byte[] body = call.body() == null ? NO_BODY : call.body();
        int length = call.body() == null ? 0 : call.bodyLength();
        if (length == 0) {
            throw op != null ? CommonErrors.SERIALIZATION.exception(null) : CommonErrors.UNKNOWN_OPERATION.exception(null);
        }
        boolean plainJson = WireFormat.isPlainJson(call.contentType());
        if (format == null && !plainJson) {
            // AWS cannot even tell which operation is meant when the target lacks a part; otherwise it knows the
            // content type is not one the service speaks.
            if (!namesServiceAndOperation(call.target())) {
                return XmlErrors.accessDenied();
            }
            throw CommonErrors.UNKNOWN_OPERATION.exception(UnservedServices.message(call.target()));
        }
        if (plainJson) {
            // Plain application/json reaches AWS's Coral layer, which never routes it to the operation.
            boolean object = isObject(WireFormat.JSON, body, length);
            return new AwsReply(object ? 404 : 400, "application/json",
                    object ? CORAL_UNKNOWN_OPERATION : CORAL_SERIALIZATION, null);
        }
        if (op == null) {
            throw isObject(format, body, length)
                    ? CommonErrors.UNKNOWN_OPERATION.exception(UnservedServices.message(call.target()))
                    : CommonErrors.SERIALIZATION.exception(null);
        }
        Scope scope;
        try {
            scope = SigV4Scope.resolve(call.authorization(), call.hasDate(), call.query(), defaultAccount,
                    defaultRegion);
        } catch (AwsException unauthenticated) {
            // AWS decodes the body before it authenticates: a body that is no object is that error first. Checked
            // only here, so a well-signed request's body is parsed once.
            if (!isObject(format, body, length)) {
                throw CommonErrors.SERIALIZATION.exception(null);
            }
            throw unauthenticated;
        }
        return invoke(op, scope, format, body, length);
    }

    /** {@code Service.Operation}, both parts present. */
    private static boolean namesServiceAndOperation(String target) {
        if (target == null) {
            return false;
        }
        int dot = target.indexOf('.');
        return dot > 0 && dot < target.length() - 1;
    }

    private <I, O> AwsReply invoke(Operation<I, O> op, Scope scope, WireFormat format, byte[] body,
            int length) {
        I input;
        try {
            input = decode(op, format, body, length);
        } catch (AwsException e) {
            throw op.readErrors().apply(e);
        }
        if (input instanceof Validated v) {
            Validator validator = new Validator(op.protocol().shapeNamespace(), op.protocol().valuesInMessages());
            v.validate(validator);
            validator.throwIfInvalid();
        }
        FaultInjector.Fault fault = faults.onCall(op.service(), op.name());
        if (fault == null) {
            return answer(op, new RequestContext(scope, format, op.name(), null), input);
        }
        long delay = fault.rule().latency() == null ? 0 : fault.rule().latency().toMillis();
        AwsReply reply;
        try {
            if (fault.rule().errorCode() != null) {
                throw InjectedErrors.exception(fault.rule(), faults.error(fault.rule()));
            }
            reply = answer(op, new RequestContext(scope, format, op.name(), fault), input);
        } catch (AwsException e) {
            reply = AwsReply.error(e, format, op.protocol());
        }
        return reply.delayed(delay);
    }

    private <I, O> AwsReply answer(Operation<I, O> op, RequestContext ctx, I input) {
        return encode(op, ctx, input).checksummedIf(op.protocol().crc32());
    }

    private <I, O> AwsReply encode(Operation<I, O> op, RequestContext ctx, I input) {
        O output = op.handler().handle(ctx, input);
        if (output instanceof StreamingAnswer stream) {
            WireFormat format = ctx.format();
            return AwsReply.streaming(response -> stream.start(new EventStreamSink(response, format)));
        }
        if (output instanceof Empty) {
            return new AwsReply(200, ctx.format().contentType(), NO_BODY, null);
        }
        ObjectMapper mapper = ctx.format().mapper();
        int sizeHint = output instanceof SizeHint h ? h.encodedSizeHint() : 0;
        return AwsReply.encoded(ctx.format().contentType(), out -> {
            try {
                mapper.writeValue(out, output);
            } finally {
                if (output instanceof Releasable r) {
                    r.release();
                }
            }
        }, sizeHint);
    }

    private static <I> I decode(Operation<I, ?> op, WireFormat format, byte[] body, int length) {
        I value;
        try (JsonParser parser = format.mapper().createParser(body, 0, length)) {
            try {
                value = format.mapper().readValue(parser, op.input());
            } catch (InvalidNullException e) {
                NullMembers.refuse(e, new Validator(op.protocol().shapeNamespace(), op.protocol().valuesInMessages()));
                throw CommonErrors.SERIALIZATION.exception(null);
            } catch (IOException e) {
                // A value type that judges itself while read (DynamoDB's AttributeValue) throws AWS's own error.
                for (Throwable c = e.getCause(); c != null; c = c.getCause()) {
                    if (c instanceof AwsException aws) {
                        throw aws;
                    }
                }
                // Worded while the parser is still open: the message names the token it stopped at.
                throw CommonErrors.SERIALIZATION.exception(SerializationMessages.of(e));
            }
        } catch (IOException e) {
            throw CommonErrors.SERIALIZATION.exception(null);
        }
        if (value == null) {
            throw CommonErrors.SERIALIZATION.exception(null);
        }
        return value;
    }

    private static boolean isObject(WireFormat format, byte[] body, int length) {
        try {
            JsonNode node = format.mapper().readTree(body, 0, length);
            return node != null && node.isObject();
        } catch (IOException e) {
            return false;
        }
    }
}
