package io.kinesisharness.internal.protocol;

import io.kinesisharness.internal.errors.AwsError;

/**
 * Reads the caller's identity from a SigV4 {@code Authorization} header. Signatures are not verified: the
 * credential scope only tells which account and region the request acts in.
 */
public final class SigV4Scope {

    private SigV4Scope() {
    }

    /**
     * @param authorization the header, or null
     * @param hasDate whether X-Amz-Date or Date is present
     * @param defaultAccount used when the access key id is not a 12-digit account id
     * @param defaultRegion used when the header names no region
     */
    public static Scope resolve(String authorization, boolean hasDate, String defaultAccount, String defaultRegion) {
        if (authorization == null || authorization.isBlank()) {
            throw AwsError.MISSING_AUTHENTICATION_TOKEN.exception("Missing Authentication Token");
        }
        int cred = authorization.indexOf("Credential=");
        if (!authorization.startsWith("AWS4-") || cred < 0) {
            throw AwsError.INCOMPLETE_SIGNATURE.exception(
                    "Authorization header requires 'Credential' parameter. Authorization=" + authorization);
        }
        if (!hasDate) {
            throw AwsError.INCOMPLETE_SIGNATURE.exception("Authorization header requires existence of either a "
                    + "'X-Amz-Date' or a 'Date' header. Authorization=" + authorization);
        }
        int end = authorization.indexOf(',', cred);
        String credential = authorization.substring(cred + "Credential=".length(),
                end < 0 ? authorization.length() : end).trim();
        String[] parts = credential.split("/");
        String accessKey = parts[0];
        String region = parts.length >= 3 && !parts[2].isEmpty() ? parts[2] : defaultRegion;
        String account = isAccountId(accessKey) ? accessKey : defaultAccount;
        return new Scope(account, region);
    }

    private static boolean isAccountId(String key) {
        if (key.length() != 12) {
            return false;
        }
        for (int i = 0; i < 12; i++) {
            char c = key.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }
}
