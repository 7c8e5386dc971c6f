package io.kinesisharness.internal.firehose.conversion;

/**
 * A record format conversion could not take: AWS's code ({@code DataFormatConversion.ParseError} for input that is
 * not a JSON object, {@code DataFormatConversion.MalformedData} for a value its column's type cannot hold) and why.
 */
public final class ConversionFailure extends Exception {

    public static final String PARSE_ERROR = "DataFormatConversion.ParseError";
    public static final String MALFORMED_DATA = "DataFormatConversion.MalformedData";

    private final String code;

    ConversionFailure(String code, String message) {
        super(message, null, false, false);
        this.code = code;
    }

    public String code() {
        return code;
    }
}
