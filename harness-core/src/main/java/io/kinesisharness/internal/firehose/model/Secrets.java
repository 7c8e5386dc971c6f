package io.kinesisharness.internal.firehose.model;

/**
 * Credentials a delivery stream is given but never describes back (AWS's description shapes have no member for
 * them): the HTTP endpoint's access key, Redshift's password, Snowflake's private key and its passphrase.
 */
public record Secrets(String httpAccessKey, String redshiftPassword, String snowflakePrivateKey,
        String snowflakeKeyPassphrase) {

    public static final Secrets NONE = new Secrets(null, null, null, null);

    /** These secrets with those an update sets replacing them (an update that names none keeps them). */
    public Secrets updatedBy(Secrets update) {
        return new Secrets(pick(update.httpAccessKey, httpAccessKey), pick(update.redshiftPassword, redshiftPassword),
                pick(update.snowflakePrivateKey, snowflakePrivateKey),
                pick(update.snowflakeKeyPassphrase, snowflakeKeyPassphrase));
    }

    private static String pick(String update, String current) {
        return update != null ? update : current;
    }
}
