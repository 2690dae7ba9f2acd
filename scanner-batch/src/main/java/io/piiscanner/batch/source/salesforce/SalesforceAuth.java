package io.piiscanner.batch.source.salesforce;

import io.piiscanner.batch.config.Credentials;

/**
 * How the scanner authenticates to one org: username + password + security token (SOAP login, renewable), or
 * an existing session id / OAuth access token with its instance URL (fixed: when it expires the scan fails
 * with a clear message). Read from the environment or the credentials file only; never printed.
 */
final class SalesforceAuth {

    final String username;
    final String password;
    final String token;
    final String sessionId;
    final String instanceUrl;

    private SalesforceAuth(String username, String password, String token, String sessionId, String instanceUrl) {
        this.username = username;
        this.password = password;
        this.token = token;
        this.sessionId = sessionId;
        this.instanceUrl = instanceUrl;
    }

    static SalesforceAuth of(String sourceId, Credentials c) {
        String session = c.sourceOnly(sourceId, "SESSION_ID", "session_id")
                .or(() -> c.sourceOnly(sourceId, "ACCESS_TOKEN", "access_token")).orElse(null);
        String instance = c.sourceOnly(sourceId, "INSTANCE_URL", "instance_url").orElse(null);
        String user = c.sourceOnly(sourceId, "USER", "user").orElse(null);
        String password = c.sourceOnly(sourceId, "PASSWORD", "password").orElse(null);
        String token = c.sourceOnly(sourceId, "TOKEN", "token").orElse("");
        String env = "SCANNER_" + sourceId.toUpperCase(java.util.Locale.ROOT).replaceAll("[^A-Z0-9]+", "_");
        if (session != null) {
            if (instance == null) {
                throw new IllegalArgumentException("salesforce source '" + sourceId + "': a session id or access token"
                        + " needs its instance URL (" + env + "_INSTANCE_URL or " + sourceId + ".instance_url)");
            }
            return new SalesforceAuth(null, null, null, session, instance);
        }
        if (user == null || password == null) {
            throw new IllegalArgumentException("salesforce source '" + sourceId + "' has no credentials: set " + env
                    + "_USER, " + env + "_PASSWORD and " + env + "_TOKEN (security token), or " + env + "_SESSION_ID and "
                    + env + "_INSTANCE_URL, in the environment or as " + sourceId + ".user/.password/.token/"
                    + ".session_id/.instance_url in --credentials-file");
        }
        return new SalesforceAuth(user, password, token, null, null);
    }

    boolean fixedSession() {
        return sessionId != null;
    }

    /** Every secret, so a caller can make sure none of them ends up in a message. */
    java.util.List<String> secrets() {
        java.util.List<String> out = new java.util.ArrayList<>();
        for (String s : new String[] {password, token, sessionId}) {
            if (s != null && s.length() >= 4) {
                out.add(s);
            }
        }
        if (password != null && token != null) {
            out.add(password + token);
        }
        return out;
    }

    @Override
    public String toString() {
        return "SalesforceAuth[" + (fixedSession() ? "session" : "login") + ", redacted]";
    }
}
