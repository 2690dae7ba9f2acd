package io.piiscanner.batch.source.salesforce;

import com.sforce.soap.partner.PartnerConnection;
import com.sforce.soap.partner.QueryResult;
import com.sforce.soap.partner.sobject.SObject;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One thread's PartnerConnection on the connector's session, rebuilt after a re-login, with the paging loop
 * used for small setup queries.
 */
final class PartnerHandle {

    private final SalesforceConnector connector;
    private PartnerConnection partner;

    PartnerHandle(SalesforceConnector connector) {
        this.connector = connector;
        this.partner = connector.partner();
    }

    PartnerConnection get() {
        return partner;
    }

    void reconnect() {
        partner = connector.partner();
    }

    <T> T call(String operation, String what, SalesforceConnector.Call<T> call) throws SalesforceConnector.LocatorLost {
        return connector.soap(operation, what, call, this::reconnect);
    }

    /** Every row of a (small) query; a lost locator restarts it once. */
    List<SObject> all(String what, String soql, boolean queryAll) {
        for (int attempt = 0; ; attempt++) {
            try {
                List<SObject> out = new ArrayList<>();
                QueryResult r = call(queryAll ? "queryAll" : "query", what,
                        () -> queryAll ? partner.queryAll(soql) : partner.query(soql));
                out.addAll(Arrays.asList(r.getRecords()));
                while (!r.isDone()) {
                    String locator = r.getQueryLocator();
                    r = call("queryMore", what, () -> partner.queryMore(locator));
                    out.addAll(Arrays.asList(r.getRecords()));
                }
                return out;
            } catch (SalesforceConnector.LocatorLost e) {
                if (attempt > 0) {
                    throw new SalesforceException("salesforce source '" + connector.spec().id() + "': query on " + what
                            + " lost its query locator twice (INVALID_QUERY_LOCATOR)", "INVALID_QUERY_LOCATOR", null);
                }
            }
        }
    }

    /** The row count of {@code SELECT COUNT() FROM ...}. */
    int count(String what, String soql, boolean queryAll) {
        try {
            return call(queryAll ? "queryAll" : "query", what, () -> (queryAll ? partner.queryAll(soql) : partner.query(soql)).getSize());
        } catch (SalesforceConnector.LocatorLost e) {
            throw new SalesforceException("salesforce source '" + connector.spec().id() + "': COUNT() on " + what
                    + " answered INVALID_QUERY_LOCATOR", "INVALID_QUERY_LOCATOR", null);
        }
    }
}
