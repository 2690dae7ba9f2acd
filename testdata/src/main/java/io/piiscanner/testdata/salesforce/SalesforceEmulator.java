package io.piiscanner.testdata.salesforce;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.piiscanner.testdata.salesforce.EmulatedOrg.FieldDef;
import io.piiscanner.testdata.salesforce.EmulatedOrg.ObjectDef;
import io.piiscanner.testdata.salesforce.EmulatedOrg.SObjectTable;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * A local stand-in for a Salesforce org, on 127.0.0.1, that the real force-wsc client talks to unchanged:
 * the Partner SOAP API subset a sweep needs ({@code login}, {@code getUserInfo}, {@code describeGlobal},
 * {@code describeSObject(s)}, {@code query}, {@code queryAll}, {@code queryMore}) at
 * {@code /services/Soap/u/64.0}, and Bulk API v1 query jobs (with PK chunking) at
 * {@code /services/async/64.0}. Responses follow the WSDL element order force-wsc's parser insists on;
 * gzip request bodies are read and responses are gzipped when the client accepts it; faults are real SOAP
 * fault envelopes with {@code sf:} codes. {@link FaultPlan} injects expired sessions, the API limit,
 * 5xx answers, slow answers and lost query locators.
 *
 * <p>Admin endpoints (not Salesforce): {@code GET /emulator/stats} (calls per operation, JSON) and
 * {@code POST /emulator/faults?invalidSessionAfter=N&requestLimitAfter=N&httpErrorOnCall=N:503&slowOnCall=N:ms
 * &invalidLocatorOnQueryMore=N&clear=true}.
 */
public final class SalesforceEmulator implements AutoCloseable {

    public static final String API_VERSION = "64.0";
    static final String SOAP_PATH = "/services/Soap/u/" + API_VERSION;
    static final String ENV = "http://schemas.xmlsoap.org/soap/envelope/";

    /** The integration user's credentials the emulator accepts: password + security token, as for login(). */
    public record Login(String username, String password, String securityToken) {
        public static Login defaults() {
            return new Login("scanner.integration@brightwell-logistics.com.emu", "Emu-Passw0rd-7731", "tK9wQe2ZrX4LmN8vBp3Jd");
        }

        @Override
        public String toString() {
            return "Login[" + username + ", password and token redacted]";
        }
    }

    private final EmulatedOrg org;
    private final Login login;
    private final HttpServer server;
    private final ExecutorService pool;
    private final FaultPlan faults = new FaultPlan();
    private final Map<String, Boolean> sessions = new ConcurrentHashMap<>();
    private final Set<String> issuedSessions = ConcurrentHashMap.newKeySet();
    private final Map<String, Cursor> cursors = new ConcurrentHashMap<>();
    private final Map<String, AtomicLong> calls = new ConcurrentHashMap<>();
    private final AtomicLong dataCalls = new AtomicLong();
    private final AtomicLong queryMores = new AtomicLong();
    private final SecureRandom random = new SecureRandom();
    private final BulkJobs bulk;
    private volatile boolean gzipResponses = true;
    private volatile long apiLimit = 5_000_000;

    private record Cursor(Soql.Query query, SObjectTable table, int[] rows) {
    }

    private SalesforceEmulator(EmulatedOrg org, Login login, int port, int threads) throws IOException {
        this.org = org;
        this.login = login;
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 64);
        this.pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "sf-emulator");
            t.setDaemon(true);
            return t;
        });
        this.bulk = new BulkJobs(this, org);
        server.setExecutor(pool);
        server.createContext("/services/Soap/u/", this::soap);
        server.createContext("/services/async/", bulk::handle);
        server.createContext("/emulator/", this::admin);
        server.start();
    }

    /** Starts an emulator over {@code org} on 127.0.0.1:{@code port} (0: any free port). */
    public static SalesforceEmulator start(EmulatedOrg org, Login login, int port) throws IOException {
        return new SalesforceEmulator(org, login, port, 4);
    }

    public static SalesforceEmulator start(EmulatedOrg org) throws IOException {
        return start(org, Login.defaults(), 0);
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** The auth endpoint to give force-wsc ({@code ConnectorConfig.setAuthEndpoint}). */
    public String loginUrl() {
        return baseUrl() + SOAP_PATH;
    }

    public int port() {
        return server.getAddress().getPort();
    }

    public EmulatedOrg org() {
        return org;
    }

    public Login login() {
        return login;
    }

    public FaultPlan faults() {
        return faults;
    }

    /** Every session id handed out so far (a canary test searches the scanner's outputs for them). */
    public Set<String> issuedSessionIds() {
        return Set.copyOf(issuedSessions);
    }

    /** A session id for a caller that skips login (the "existing session / OAuth token" path). */
    public String newSession() {
        String s = org.orgId() + "!AQ" + token(96);
        sessions.put(s, Boolean.TRUE);
        issuedSessions.add(s);
        return s;
    }

    /** The service endpoint a session works against (login's serverUrl). */
    public String serverUrl() {
        return loginUrl() + "/" + org.orgId();
    }

    public void gzipResponses(boolean on) {
        this.gzipResponses = on;
    }

    /** Answered API calls per operation (login, query, queryMore, bulk:createJob ...), and "total" without login. */
    public Map<String, Long> calls() {
        Map<String, Long> out = new TreeMap<>();
        calls.forEach((k, v) -> out.put(k, v.get()));
        out.put("total", dataCalls.get());
        return out;
    }

    public long totalCalls() {
        return dataCalls.get();
    }

    public void resetCallCounts() {
        calls.clear();
        dataCalls.set(0);
        queryMores.set(0);
    }

    @Override
    public void close() {
        server.stop(0);
        pool.shutdownNow();
    }

    // ---- shared by SOAP and Bulk

    /** Counts an API call and returns its number, or -1 for login (not counted towards the fault plan). */
    long count(String operation) {
        calls.computeIfAbsent(operation, k -> new AtomicLong()).incrementAndGet();
        if (operation.equals("login")) {
            return -1;
        }
        long n = dataCalls.incrementAndGet();
        if (faults.invalidSessionAfter >= 0 && n > faults.invalidSessionAfter) {
            faults.invalidSessionAfter = -1;
            sessions.clear();
            faults.fire("SESSIONS_DROPPED");
        }
        return n;
    }

    boolean validSession(String sessionId) {
        return sessionId != null && sessions.containsKey(sessionId);
    }

    boolean overLimit(long call) {
        long limit = faults.requestLimitAfter;
        return limit >= 0 && call > limit;
    }

    /** Applies the slow and HTTP-error faults of call {@code n}; true when an error page was sent. */
    boolean transportFault(HttpExchange ex, long n) throws IOException {
        Long slow = faults.slowCalls.remove(n);
        if (slow != null) {
            faults.fire("SLOW");
            try {
                Thread.sleep(slow);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        Integer status = faults.httpErrors.remove(n);
        if (status != null) {
            faults.fire("HTTP_" + status);
            byte[] page = ("<html><head><title>" + status + " Service Unavailable</title></head><body>The server is"
                    + " temporarily unable to service your request. Please try again later.</body></html>")
                    .getBytes(StandardCharsets.UTF_8);
            ex.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
            ex.sendResponseHeaders(status, page.length);
            try (OutputStream o = ex.getResponseBody()) {
                o.write(page);
            }
            return true;
        }
        return false;
    }

    static byte[] body(HttpExchange ex) throws IOException {
        byte[] raw;
        try (InputStream in = ex.getRequestBody()) {
            raw = in.readAllBytes();
        }
        String enc = ex.getRequestHeaders().getFirst("Content-Encoding");
        // force-wsc marks even body-less GETs as gzip: only a non-empty body is gunzipped
        if (raw.length > 0 && enc != null && enc.toLowerCase(java.util.Locale.ROOT).contains("gzip")) {
            try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(raw))) {
                return in.readAllBytes();
            }
        }
        return raw;
    }

    void send(HttpExchange ex, int status, String contentType, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().set("Content-Type", contentType);
        String accept = ex.getRequestHeaders().getFirst("Accept-Encoding");
        if (gzipResponses && accept != null && accept.contains("gzip") && bytes.length > 512) {
            ex.getResponseHeaders().set("Content-Encoding", "gzip");
            ex.sendResponseHeaders(status, 0);
            try (OutputStream o = new GZIPOutputStream(ex.getResponseBody(), 1 << 16) {
                {
                    def.setLevel(1);
                }
            }) {
                o.write(bytes);
            }
        } else {
            ex.sendResponseHeaders(status, bytes.length);
            try (OutputStream o = ex.getResponseBody()) {
                o.write(bytes);
            }
        }
    }

    String token(int n) {
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
        StringBuilder sb = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return sb.toString();
    }

    // ---- SOAP

    /** A parsed SOAP request: the operation (body element), its parameters, the session and batch size. */
    private record SoapRequest(String operation, Map<String, List<String>> params, String sessionId, int batchSize) {
        String param(String name) {
            List<String> v = params.get(name);
            return v == null || v.isEmpty() ? null : v.get(0);
        }
    }

    private static final XMLInputFactory XML = XMLInputFactory.newFactory();

    static {
        XML.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        XML.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    }

    private static SoapRequest parse(byte[] body) throws XMLStreamException {
        XMLStreamReader r = XML.createXMLStreamReader(new ByteArrayInputStream(body));
        String operation = null;
        String session = null;
        int batch = 500;
        Map<String, List<String>> params = new LinkedHashMap<>();
        List<String> path = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        while (r.hasNext()) {
            int ev = r.next();
            if (ev == XMLStreamConstants.START_ELEMENT) {
                path.add(r.getLocalName());
                text.setLength(0);
                if (path.size() == 3 && path.get(1).equals("Body")) {
                    operation = r.getLocalName();
                }
            } else if (ev == XMLStreamConstants.CHARACTERS) {
                text.append(r.getText());
            } else if (ev == XMLStreamConstants.END_ELEMENT) {
                String name = path.remove(path.size() - 1);
                if (path.size() >= 2 && path.get(1).equals("Header")) {
                    if (name.equals("sessionId")) {
                        session = text.toString().trim();
                    } else if (name.equals("batchSize")) {
                        batch = Integer.parseInt(text.toString().trim());
                    }
                } else if (path.size() == 3 && path.get(1).equals("Body")) {
                    params.computeIfAbsent(name, k -> new ArrayList<>()).add(text.toString());
                }
                text.setLength(0);
            }
        }
        return new SoapRequest(operation, params, session, Math.max(200, Math.min(2000, batch)));
    }

    private void soap(HttpExchange ex) throws IOException {
        try {
            if (!ex.getRequestMethod().equals("POST")) {
                send(ex, 405, "text/plain", "POST only");
                return;
            }
            SoapRequest req;
            try {
                req = parse(body(ex));
            } catch (XMLStreamException | RuntimeException e) {
                sendFault(ex, "soapenv:Client", "Client", "UnexpectedErrorFault", "INVALID_OPERATION",
                        "The request is not a SOAP message: " + e.getClass().getSimpleName());
                return;
            }
            if (req.operation() == null) {
                sendFault(ex, "soapenv:Client", "Client", "UnexpectedErrorFault", "INVALID_OPERATION", "No operation in SOAP body");
                return;
            }
            long n = count(req.operation());
            if (n > 0 && transportFault(ex, n)) {
                return;
            }
            if (req.operation().equals("login")) {
                login(ex, req);
                return;
            }
            if (!validSession(req.sessionId())) {
                faults.fire("INVALID_SESSION_ID");
                sendFault(ex, "sf:INVALID_SESSION_ID", "INVALID_SESSION_ID", "UnexpectedErrorFault", "INVALID_SESSION_ID",
                        "Invalid Session ID found in SessionHeader: Illegal Session");
                return;
            }
            if (overLimit(n)) {
                faults.fire("REQUEST_LIMIT_EXCEEDED");
                sendFault(ex, "sf:REQUEST_LIMIT_EXCEEDED", "REQUEST_LIMIT_EXCEEDED", "UnexpectedErrorFault",
                        "REQUEST_LIMIT_EXCEEDED", "TotalRequests Limit exceeded.");
                return;
            }
            switch (req.operation()) {
                case "getUserInfo" -> ok(ex, n, "getUserInfoResponse", "<result>" + userInfo() + "</result>");
                case "describeGlobal" -> ok(ex, n, "describeGlobalResponse", describeGlobal());
                case "describeSObject" -> describe(ex, n, "describeSObjectResponse", List.of(req.param("sObjectType")));
                case "describeSObjects" -> describe(ex, n, "describeSObjectsResponse", req.params().getOrDefault("sObjectType", List.of()));
                case "query", "queryAll" -> query(ex, n, req, req.operation().equals("queryAll"));
                case "queryMore" -> queryMore(ex, n, req);
                default -> sendFault(ex, "sf:INVALID_OPERATION", "INVALID_OPERATION", "UnexpectedErrorFault",
                        "INVALID_OPERATION", "The emulator does not implement " + req.operation());
            }
        } catch (IOException e) {
            // the client went away (a timeout on its side): nothing to answer
        } finally {
            ex.close();
        }
    }

    private void login(HttpExchange ex, SoapRequest req) throws IOException {
        String user = req.param("username");
        String pass = req.param("password");
        if (!login.username().equals(user) || !(login.password() + login.securityToken()).equals(pass)) {
            faults.fire("INVALID_LOGIN");
            sendFault(ex, "INVALID_LOGIN", "INVALID_LOGIN", "LoginFault", "INVALID_LOGIN",
                    "Invalid username, password, security token; or user locked out.");
            return;
        }
        String session = newSession();
        String r = "<result><metadataServerUrl>" + baseUrl() + "/services/Soap/m/" + API_VERSION + "/" + org.orgId()
                + "</metadataServerUrl><passwordExpired>false</passwordExpired><sandbox>false</sandbox><serverUrl>"
                + serverUrl() + "</serverUrl><sessionId>" + session + "</sessionId><userId>" + integrationUserId()
                + "</userId><userInfo>" + userInfo() + "</userInfo></result>";
        send(ex, 200, "text/xml; charset=utf-8", envelope(null, "loginResponse", r));
    }

    private String integrationUserId() {
        SObjectTable users = org.table("User");
        return users.size() == 0 ? "005000000000000AAA" : users.id(users.rows().get(0));
    }

    private String userInfo() {
        return "<accessibilityMode>false</accessibilityMode><currencySymbol>$</currencySymbol>"
                + "<orgAttachmentFileSizeLimit>5242880</orgAttachmentFileSizeLimit><orgDefaultCurrencyIsoCode>USD"
                + "</orgDefaultCurrencyIsoCode><orgDisallowHtmlAttachments>false</orgDisallowHtmlAttachments>"
                + "<orgHasPersonAccounts>true</orgHasPersonAccounts><organizationId>" + org.orgId() + "AAA"
                + "</organizationId><organizationMultiCurrency>false</organizationMultiCurrency><organizationName>"
                + "Brightwell Logistics (emulated)</organizationName><profileId>00e000000000000AAA</profileId>"
                + "<roleId xsi:nil=\"true\"/><sessionSecondsValid>7200</sessionSecondsValid>"
                + "<userDefaultCurrencyIsoCode xsi:nil=\"true\"/><userEmail>" + esc(login.username().replace(".emu", ""))
                + "</userEmail><userFullName>Scanner Integration</userFullName><userId>" + integrationUserId()
                + "</userId><userLanguage>en_US</userLanguage><userLocale>en_US</userLocale><userName>"
                + esc(login.username()) + "</userName><userTimeZone>Europe/London</userTimeZone><userType>Standard"
                + "</userType><userUiSkin>Theme3</userUiSkin>";
    }

    private String describeGlobal() {
        StringBuilder sb = new StringBuilder("<result><encoding>UTF-8</encoding><maxBatchSize>200</maxBatchSize>");
        for (SObjectTable t : org.tables()) {
            ObjectDef d = t.def();
            sb.append("<sobjects><activateable>false</activateable><createable>true</createable><custom>").append(d.custom())
                    .append("</custom><customSetting>false</customSetting><deletable>true</deletable>")
                    .append("<deprecatedAndHidden>false</deprecatedAndHidden><feedEnabled>false</feedEnabled>")
                    .append("<keyPrefix>").append(d.keyPrefix()).append("</keyPrefix><label>").append(esc(d.label()))
                    .append("</label><labelPlural>").append(esc(d.labelPlural())).append("</labelPlural>")
                    .append("<layoutable>true</layoutable><mergeable>false</mergeable><mruEnabled>false</mruEnabled><name>")
                    .append(d.name()).append("</name><queryable>true</queryable><replicateable>true</replicateable>")
                    .append("<retrieveable>true</retrieveable><searchable>true</searchable><triggerable>true</triggerable>")
                    .append("<undeletable>true</undeletable><updateable>true</updateable></sobjects>");
        }
        return sb.append("</result>").toString();
    }

    private void describe(HttpExchange ex, long n, String response, List<String> names) throws IOException {
        StringBuilder sb = new StringBuilder();
        for (String name : names) {
            SObjectTable t = name == null ? null : org.table(name);
            if (t == null) {
                sendFault(ex, "sf:INVALID_TYPE", "INVALID_TYPE", "InvalidSObjectFault", "INVALID_TYPE",
                        "sObject type '" + name + "' is not supported.");
                return;
            }
            sb.append("<result>").append(describeObject(t.def())).append("</result>");
        }
        ok(ex, n, response, sb.toString());
    }

    private static String describeObject(ObjectDef d) {
        StringBuilder sb = new StringBuilder();
        sb.append("<activateable>false</activateable><createable>true</createable><custom>").append(d.custom())
                .append("</custom><customSetting>false</customSetting><deletable>true</deletable>")
                .append("<deprecatedAndHidden>false</deprecatedAndHidden><feedEnabled>false</feedEnabled>");
        for (FieldDef f : d.fields()) {
            sb.append("<fields>").append(field(f)).append("</fields>");
        }
        sb.append("<keyPrefix>").append(d.keyPrefix()).append("</keyPrefix><label>").append(esc(d.label()))
                .append("</label><labelPlural>").append(esc(d.labelPlural())).append("</labelPlural><layoutable>true")
                .append("</layoutable><mergeable>false</mergeable><mruEnabled>false</mruEnabled><name>").append(d.name())
                .append("</name><queryable>true</queryable><replicateable>true</replicateable><retrieveable>true")
                .append("</retrieveable><searchable>true</searchable><triggerable>true</triggerable><undeletable>true")
                .append("</undeletable><updateable>true</updateable>");
        return sb.toString();
    }

    /** One {@code Field}, elements in WSDL order. */
    private static String field(FieldDef f) {
        boolean text = f.soapType().equals("xsd:string");
        StringBuilder sb = new StringBuilder();
        sb.append("<aggregatable>").append(!f.type().equals("textarea")).append("</aggregatable>")
                .append("<aiPredictionField>false</aiPredictionField><autoNumber>false</autoNumber><byteLength>")
                .append(text ? f.length() * 3 : f.type().equals("id") || f.type().equals("reference") ? 18 : 0)
                .append("</byteLength><calculated>").append(f.calculated()).append("</calculated>")
                .append("<cascadeDelete>false</cascadeDelete><caseSensitive>false</caseSensitive>");
        if (f.compoundFieldName() != null) {
            sb.append("<compoundFieldName>").append(f.compoundFieldName()).append("</compoundFieldName>");
        }
        sb.append("<createable>").append(!f.type().equals("id")).append("</createable><custom>").append(f.custom())
                .append("</custom><dataTranslationEnabled>false</dataTranslationEnabled><defaultedOnCreate>false")
                .append("</defaultedOnCreate><dependentPicklist>false</dependentPicklist><deprecatedAndHidden>false")
                .append("</deprecatedAndHidden><digits>0</digits><displayLocationInDecimal>false</displayLocationInDecimal>")
                .append("<encrypted>").append(f.encrypted()).append("</encrypted><externalId>false</externalId>");
        if (f.extraTypeInfo() != null) {
            sb.append("<extraTypeInfo>").append(f.extraTypeInfo()).append("</extraTypeInfo>");
        }
        sb.append("<filterable>").append(!f.type().equals("textarea")).append("</filterable>")
                .append("<formulaTreatNullNumberAsZero>false</formulaTreatNullNumberAsZero><groupable>")
                .append(!f.type().equals("textarea")).append("</groupable><highScaleNumber>false</highScaleNumber>")
                .append("<htmlFormatted>").append(f.htmlFormatted()).append("</htmlFormatted><idLookup>")
                .append(f.type().equals("id")).append("</idLookup><label>").append(esc(f.label())).append("</label><length>")
                .append(f.length()).append("</length><name>").append(f.name()).append("</name><nameField>false")
                .append("</nameField><namePointing>false</namePointing><nillable>").append(!f.type().equals("id"))
                .append("</nillable><permissionable>").append(!f.type().equals("id")).append("</permissionable>");
        for (String v : f.picklist()) {
            sb.append("<picklistValues><active>true</active><defaultValue>false</defaultValue><label>").append(esc(v))
                    .append("</label><value>").append(esc(v)).append("</value></picklistValues>");
        }
        sb.append("<polymorphicForeignKey>false</polymorphicForeignKey><precision>0</precision><queryByDistance>false")
                .append("</queryByDistance>");
        if (f.referenceTo() != null) {
            sb.append("<referenceTo>").append(f.referenceTo()).append("</referenceTo><relationshipName>")
                    .append(f.relationshipName()).append("</relationshipName>");
        }
        sb.append("<restrictedDelete>false</restrictedDelete><restrictedPicklist>false</restrictedPicklist><scale>0")
                .append("</scale><searchPrefilterable>false</searchPrefilterable><soapType>").append(f.soapType())
                .append("</soapType><sortable>").append(!f.type().equals("textarea")).append("</sortable><type>")
                .append(f.type()).append("</type><unique>false</unique><updateable>").append(!f.type().equals("id"))
                .append("</updateable><writeRequiresMasterRead>false</writeRequiresMasterRead>");
        return sb.toString();
    }

    private void query(HttpExchange ex, long n, SoapRequest req, boolean all) throws IOException {
        String soql = req.param("queryString");
        Soql.Query q;
        SObjectTable t;
        try {
            q = Soql.parse(soql == null ? "" : soql);
            t = org.table(q.object());
            if (t == null) {
                sendFault(ex, "sf:INVALID_TYPE", "INVALID_TYPE", "InvalidSObjectFault", "INVALID_TYPE",
                        "\n" + soql + "\n^\nERROR at Row:1:Column:1\nsObject type '" + q.object() + "' is not supported.");
                return;
            }
            Soql.validate(q, t);
        } catch (Soql.SoqlException e) {
            String type = e.code.equals("INVALID_FIELD") ? "InvalidFieldFault" : "MalformedQueryFault";
            sendFault(ex, "sf:" + e.code, e.code, type, e.code, e.getMessage());
            return;
        }
        int[] rows = Soql.run(q, t, all);
        if (q.count()) {
            ok(ex, n, all ? "queryAllResponse" : "queryResponse", "<result xsi:type=\"QueryResult\"><done>true</done>"
                    + "<queryLocator xsi:nil=\"true\"/><size>" + rows.length + "</size></result>");
            return;
        }
        Cursor c = new Cursor(q, t, rows);
        ok(ex, n, all ? "queryAllResponse" : "queryResponse", page(c, newCursorId(c), 0, req.batchSize()));
    }

    private String newCursorId(Cursor c) {
        String id = "01g5g00000" + token(8);
        cursors.put(id, c);
        return id;
    }

    private void queryMore(HttpExchange ex, long n, SoapRequest req) throws IOException {
        String locator = req.param("queryLocator");
        long nth = queryMores.incrementAndGet();
        int dash = locator == null ? -1 : locator.lastIndexOf('-');
        Cursor c = dash < 0 ? null : cursors.get(locator.substring(0, dash));
        if (faults.invalidLocatorOnQueryMore == nth && c != null) {
            faults.invalidLocatorOnQueryMore = -1;
            cursors.remove(locator.substring(0, dash));
            c = null;
            faults.fire("INVALID_QUERY_LOCATOR");
        }
        if (c == null) {
            sendFault(ex, "sf:INVALID_QUERY_LOCATOR", "INVALID_QUERY_LOCATOR", "InvalidQueryLocatorFault",
                    "INVALID_QUERY_LOCATOR", "invalid query locator");
            return;
        }
        int offset = Integer.parseInt(locator.substring(dash + 1));
        ok(ex, n, "queryMoreResponse", page(c, locator.substring(0, dash), offset, req.batchSize()));
    }

    private String page(Cursor c, String cursorId, int offset, int batch) {
        int end = Math.min(c.rows().length, offset + batch);
        boolean done = end >= c.rows().length;
        StringBuilder sb = new StringBuilder(Math.max(1024, (end - offset) * 600));
        sb.append("<result xsi:type=\"QueryResult\"><done>").append(done).append("</done>");
        if (done) {
            sb.append("<queryLocator xsi:nil=\"true\"/>");
            cursors.remove(cursorId);
        } else {
            sb.append("<queryLocator>").append(cursorId).append('-').append(end).append("</queryLocator>");
        }
        ObjectDef d = c.table().def();
        List<String> fields = c.query().fields();
        int[] idx = fields.stream().mapToInt(d::index).toArray();
        boolean idSelected = fields.stream().anyMatch(f -> f.equalsIgnoreCase("Id"));
        List<String[]> rows = c.table().rows();
        for (int i = offset; i < end; i++) {
            String[] row = rows.get(c.rows()[i]);
            sb.append("<records xsi:type=\"sf:sObject\"><sf:type>").append(d.name()).append("</sf:type>");
            if (idSelected) {
                sb.append("<sf:Id>").append(c.table().id(row)).append("</sf:Id>");
            } else {
                sb.append("<sf:Id xsi:nil=\"true\"/>");
            }
            for (int k = 0; k < idx.length; k++) {
                FieldDef f = d.fields().get(idx[k]);
                if (f.type().equals("address")) {
                    sb.append(address(d, f.name(), row));
                    continue;
                }
                String v = row[idx[k]];
                if (v == null) {
                    sb.append("<sf:").append(f.name()).append(" xsi:nil=\"true\"/>");
                } else {
                    sb.append("<sf:").append(f.name()).append('>');
                    escInto(sb, v);
                    sb.append("</sf:").append(f.name()).append('>');
                }
            }
            sb.append("</records>");
        }
        sb.append("<size>").append(c.rows().length).append("</size></result>");
        return sb.toString();
    }

    /** A compound address value ({@code xsi:type="address"}) built from its component fields. */
    private static String address(ObjectDef d, String compound, String[] row) {
        Map<String, String> parts = new LinkedHashMap<>();
        for (FieldDef f : d.fields()) {
            if (compound.equals(f.compoundFieldName())) {
                String suffix = f.name().replaceFirst("^(Mailing|Billing|Shipping|Other)", "");
                parts.put(Character.toLowerCase(suffix.charAt(0)) + suffix.substring(1), row[d.index(f.name())]);
            }
        }
        if (parts.values().stream().allMatch(v -> v == null)) {
            return "<sf:" + compound + " xsi:nil=\"true\"/>";
        }
        StringBuilder sb = new StringBuilder("<sf:").append(compound).append(" xsi:type=\"address\">");
        for (String k : List.of("city", "country", "postalCode", "state", "street")) {
            String v = parts.get(k);
            if (v != null) {
                sb.append('<').append(k).append('>');
                escInto(sb, v);
                sb.append("</").append(k).append('>');
            }
        }
        return sb.append("</sf:").append(compound).append('>').toString();
    }

    private void ok(HttpExchange ex, long n, String response, String result) throws IOException {
        String header = "<soapenv:Header><LimitInfoHeader><limitInfo><current>" + n + "</current><limit>" + apiLimit
                + "</limit><type>API REQUESTS</type></limitInfo></LimitInfoHeader></soapenv:Header>";
        send(ex, 200, "text/xml; charset=utf-8", envelope(header, response, result));
    }

    private static String envelope(String header, String response, String result) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><soapenv:Envelope xmlns:soapenv=\"" + ENV + "\""
                + " xmlns=\"urn:partner.soap.sforce.com\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\""
                + " xmlns:sf=\"urn:sobject.partner.soap.sforce.com\">" + (header == null ? "" : header)
                + "<soapenv:Body><" + response + ">" + result + "</" + response + "></soapenv:Body></soapenv:Envelope>";
    }

    /** A SOAP fault as Salesforce sends it: HTTP 500, faultcode, faultstring, detail with a typed fault. */
    private void sendFault(HttpExchange ex, String faultCode, String codeForString, String faultType, String exceptionCode,
                           String message) throws IOException {
        boolean query = faultType.equals("InvalidFieldFault") || faultType.equals("MalformedQueryFault")
                || faultType.equals("InvalidSObjectFault");
        String body = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><soapenv:Envelope xmlns:soapenv=\"" + ENV + "\""
                + " xmlns:sf=\"urn:fault.partner.soap.sforce.com\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">"
                + "<soapenv:Body><soapenv:Fault><faultcode>" + faultCode + "</faultcode><faultstring>"
                + esc(codeForString + ": " + message) + "</faultstring><detail><sf:" + faultType + " xsi:type=\"sf:"
                + faultType + "\"><sf:exceptionCode>" + exceptionCode + "</sf:exceptionCode><sf:exceptionMessage>"
                + esc(message) + "</sf:exceptionMessage>" + (query ? "<sf:row>1</sf:row><sf:column>1</sf:column>" : "")
                + "</sf:" + faultType + "></detail></soapenv:Fault></soapenv:Body></soapenv:Envelope>";
        send(ex, 500, "text/xml; charset=utf-8", body);
    }

    static String esc(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 16);
        escInto(sb, s);
        return sb.toString();
    }

    static void escInto(StringBuilder sb, String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                default -> {
                    if (c < 0x20 && c != '\n' && c != '\r' && c != '\t') {
                        sb.append(' ');
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
    }

    // ---- admin

    private void admin(HttpExchange ex) throws IOException {
        try {
            String path = ex.getRequestURI().getPath();
            if (path.equals("/emulator/stats")) {
                StringBuilder sb = new StringBuilder("{");
                calls().forEach((k, v) -> sb.append(sb.length() > 1 ? "," : "").append('"').append(k).append("\":").append(v));
                send(ex, 200, "application/json", sb.append('}').toString());
                return;
            }
            if (path.equals("/emulator/faults") && ex.getRequestMethod().equals("POST")) {
                String q = ex.getRequestURI().getQuery();
                for (String kv : q == null ? new String[0] : q.split("&")) {
                    String[] p = kv.split("=", 2);
                    String v = p.length > 1 ? p[1] : "";
                    switch (p[0]) {
                        case "clear" -> faults.clear();
                        case "invalidSessionAfter" -> faults.invalidSessionAfter(Long.parseLong(v));
                        case "requestLimitAfter" -> faults.requestLimitAfter(Long.parseLong(v));
                        case "clearRequestLimit" -> faults.clearRequestLimit();
                        case "httpErrorOnCall" -> faults.httpErrorOnCall(Long.parseLong(v.split(":")[0]), Integer.parseInt(v.split(":")[1]));
                        case "slowOnCall" -> faults.slowOnCall(Long.parseLong(v.split(":")[0]), Long.parseLong(v.split(":")[1]));
                        case "invalidLocatorOnQueryMore" -> faults.invalidLocatorOnQueryMore(Long.parseLong(v));
                        default -> {
                            send(ex, 400, "text/plain", "unknown fault " + p[0]);
                            return;
                        }
                    }
                }
                send(ex, 200, "text/plain", "ok");
                return;
            }
            send(ex, 404, "text/plain", "GET /emulator/stats or POST /emulator/faults?...");
        } catch (RuntimeException e) {
            send(ex, 400, "text/plain", "bad request: " + e.getClass().getSimpleName());
        } finally {
            ex.close();
        }
    }
}
