package io.piiscanner.batch.source.salesforce;

/**
 * A Salesforce call failed for good: names the source, the call and the object, and gives force-wsc's
 * exception code and message (its {@code getMessage()} is null on SOAP faults). Never carries a credential or
 * a record value: Salesforce fault messages quote SOQL and field names, not data.
 */
public class SalesforceException extends RuntimeException {

    private static final long serialVersionUID = 1L;
    private final String code;

    public SalesforceException(String message, String code, Throwable cause) {
        super(message, cause);
        this.code = code;
    }

    /** The Salesforce exception code (INVALID_FIELD, INVALID_SESSION_ID ...) or a transport kind (TIMEOUT, HTTP). */
    public String code() {
        return code;
    }
}
