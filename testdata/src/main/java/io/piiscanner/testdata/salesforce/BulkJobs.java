package io.piiscanner.testdata.salesforce;

import com.sun.net.httpserver.HttpExchange;
import io.piiscanner.testdata.salesforce.EmulatedOrg.FieldDef;
import io.piiscanner.testdata.salesforce.EmulatedOrg.SObjectTable;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Bulk API v1 query jobs under {@code /services/async/64.0/}: create a job, add a SOQL batch, poll batch
 * state, list and download CSV results, close the job. With {@code Sforce-Enable-PKChunking} on job creation
 * the SOQL batch becomes NotProcessed and one batch is added per chunk of {@code chunkSize} Ids, each
 * querying {@code Id >= first AND Id < next}. Batches complete at once. Every request counts as an API call;
 * the session comes from {@code X-SFDC-Session}. Errors are {@code <error>} documents in the async namespace.
 */
final class BulkJobs {

    static final String NS = "http://www.force.com/2009/06/asyncapi/dataload";
    private static final XMLInputFactory XML = XMLInputFactory.newFactory();

    private final SalesforceEmulator emulator;
    private final EmulatedOrg org;
    private final Map<String, Job> jobs = new ConcurrentHashMap<>();
    private final AtomicLong ids = new AtomicLong(4096);

    private static final class Job {
        final String id;
        final String operation;
        final String object;
        final Integer chunkSize;
        final String created = Instant.now().toString().replaceFirst("\\.\\d+Z$", ".000Z");
        volatile String state = "Open";
        final List<Batch> batches = new ArrayList<>();

        Job(String id, String operation, String object, Integer chunkSize) {
            this.id = id;
            this.operation = operation;
            this.object = object;
            this.chunkSize = chunkSize;
        }
    }

    private record Batch(String id, String state, String message, Soql.Query query, String lo, String hi, int rows) {
    }

    BulkJobs(SalesforceEmulator emulator, EmulatedOrg org) {
        this.emulator = emulator;
        this.org = org;
    }

    private String newId(String prefix) {
        return io.piiscanner.testdata.check.SalesforceIds.to18(prefix + "5g0" + OrgGenerator.base62(ids.incrementAndGet(), 9));
    }

    void handle(HttpExchange ex) throws IOException {
        try {
            String[] parts = ex.getRequestURI().getPath().replaceFirst("^/services/async/[^/]+/?", "").split("/");
            long n = emulator.count("bulk:" + ex.getRequestMethod() + ":" + kind(parts));
            if (emulator.transportFault(ex, n)) {
                return;
            }
            if (!emulator.validSession(ex.getRequestHeaders().getFirst("X-SFDC-Session"))) {
                emulator.faults().fire("INVALID_SESSION_ID");
                error(ex, 401, "InvalidSessionId", "Invalid session id");
                return;
            }
            if (emulator.overLimit(n)) {
                emulator.faults().fire("REQUEST_LIMIT_EXCEEDED");
                error(ex, 403, "ExceededQuota", "TotalRequests Limit exceeded.");
                return;
            }
            byte[] body = SalesforceEmulator.body(ex);
            boolean post = ex.getRequestMethod().equals("POST");
            if (parts.length >= 1 && parts[0].equals("job") && parts.length == 1 && post) {
                createJob(ex, body);
                return;
            }
            Job job = parts.length >= 2 ? jobs.get(parts[1]) : null;
            if (job == null) {
                error(ex, 400, "InvalidJob", "Invalid job id");
                return;
            }
            if (parts.length == 2) {
                if (post) {
                    String state = text(body, "state");
                    if (state != null) {
                        job.state = state;
                    }
                }
                xml(ex, jobInfo(job));
            } else if (parts.length == 3 && parts[2].equals("batch") && post) {
                addBatch(ex, job, new String(body, StandardCharsets.UTF_8));
            } else if (parts.length == 3 && parts[2].equals("batch")) {
                StringBuilder sb = new StringBuilder("<batchInfoList xmlns=\"" + NS + "\">");
                synchronized (job) {
                    job.batches.forEach(b -> sb.append(batchInfo(job, b, false)));
                }
                xml(ex, sb.append("</batchInfoList>").toString());
            } else if (parts.length >= 4) {
                Batch b = batch(job, parts[3]);
                if (b == null) {
                    error(ex, 400, "InvalidBatch", "Invalid batch id");
                } else if (parts.length == 4) {
                    xml(ex, batchInfo(job, b, true));
                } else if (parts.length == 5 && parts[4].equals("result")) {
                    xml(ex, "<result-list xmlns=\"" + NS + "\"><result>" + b.id().replaceFirst("^751", "752")
                            + "</result></result-list>");
                } else if (parts.length == 6 && parts[4].equals("result")) {
                    emulator.send(ex, 200, "text/csv; charset=UTF-8", csv(job, b));
                } else {
                    error(ex, 400, "InvalidUrl", "Unknown bulk resource");
                }
            } else {
                error(ex, 400, "InvalidUrl", "Unknown bulk resource");
            }
        } catch (XMLStreamException | RuntimeException e) {
            error(ex, 400, "InvalidXml", "The request could not be read: " + e.getClass().getSimpleName());
        } finally {
            ex.close();
        }
    }

    private static String kind(String[] parts) {
        return parts.length <= 1 ? "job" : parts.length == 2 ? "job" : parts.length == 3 ? "batch"
                : parts.length == 4 ? "batchInfo" : parts.length == 5 ? "resultList" : "result";
    }

    private void createJob(HttpExchange ex, byte[] body) throws IOException, XMLStreamException {
        String operation = text(body, "operation");
        String object = text(body, "object");
        SObjectTable t = object == null ? null : org.table(object);
        if (t == null) {
            error(ex, 400, "InvalidEntity", "Entity '" + object + "' is not supported by the Bulk API.");
            return;
        }
        if (!"query".equals(operation) && !"queryAll".equals(operation)) {
            error(ex, 400, "InvalidOperation", "The emulator only runs query and queryAll jobs");
            return;
        }
        Integer chunk = null;
        String pk = ex.getRequestHeaders().getFirst("Sforce-Enable-PKChunking");
        if (pk != null && !pk.equalsIgnoreCase("false")) {
            chunk = 100_000;
            for (String p : pk.split(";")) {
                String[] kv = p.trim().split("=");
                if (kv.length == 2 && kv[0].trim().equalsIgnoreCase("chunkSize")) {
                    chunk = Math.max(1, Math.min(250_000, Integer.parseInt(kv[1].trim())));
                }
            }
        }
        Job job = new Job(newId("750"), operation, t.def().name(), chunk);
        jobs.put(job.id, job);
        xml(ex, jobInfo(job));
    }

    private void addBatch(HttpExchange ex, Job job, String soql) throws IOException {
        Soql.Query q;
        SObjectTable t = org.table(job.object);
        try {
            q = Soql.parse(soql.trim());
            Soql.validate(q, t);
        } catch (Soql.SoqlException e) {
            Batch failed = new Batch(newId("751"), "Failed", e.code + ": " + e.getMessage().replace('\n', ' '), null, null, null, 0);
            synchronized (job) {
                job.batches.add(failed);
            }
            xml(ex, batchInfo(job, failed, true));
            return;
        }
        boolean all = job.operation.equals("queryAll");
        Batch original;
        if (job.chunkSize == null) {
            original = new Batch(newId("751"), "Completed", null, q, null, null, Soql.run(q, t, all).length);
            synchronized (job) {
                job.batches.add(original);
            }
        } else {
            original = new Batch(newId("751"), "NotProcessed", null, q, null, null, 0);
            List<String[]> rows = t.rows();
            synchronized (job) {
                job.batches.add(original);
                for (int i = 0; i < rows.size(); i += job.chunkSize) {
                    String lo = t.id(rows.get(i));
                    String hi = i + job.chunkSize < rows.size() ? t.id(rows.get(i + job.chunkSize)) : null;
                    Batch b = new Batch(newId("751"), "Completed", null, q, lo, hi, 0);
                    job.batches.add(new Batch(b.id(), b.state(), null, q, lo, hi, select(job, b).size()));
                }
            }
        }
        xml(ex, batchInfo(job, original, true));
    }

    private List<String[]> select(Job job, Batch b) {
        SObjectTable t = org.table(job.object);
        int[] idx = Soql.run(b.query(), t, job.operation.equals("queryAll"));
        List<String[]> out = new ArrayList<>(idx.length);
        for (int i : idx) {
            String[] row = t.rows().get(i);
            String id = Soql.id15(t.id(row));
            if (b.lo() != null && id.compareTo(Soql.id15(b.lo())) < 0 || b.hi() != null && id.compareTo(Soql.id15(b.hi())) >= 0) {
                continue;
            }
            out.add(row);
        }
        return out;
    }

    private String csv(Job job, Batch b) {
        SObjectTable t = org.table(job.object);
        List<String> fields = b.query().fields();
        int[] idx = fields.stream().mapToInt(f -> t.def().index(f)).toArray();
        StringBuilder sb = new StringBuilder();
        for (int k = 0; k < fields.size(); k++) {
            sb.append(k == 0 ? "" : ",").append('"').append(t.def().fields().get(idx[k]).name()).append('"');
        }
        sb.append('\n');
        for (String[] row : select(job, b)) {
            for (int k = 0; k < idx.length; k++) {
                if (k > 0) {
                    sb.append(',');
                }
                FieldDef f = t.def().fields().get(idx[k]);
                String v = f.type().equals("address") ? null : row[idx[k]];
                if (v != null) {
                    sb.append('"').append(v.replace("\"", "\"\"")).append('"');
                } else {
                    sb.append("\"\"");
                }
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    private static Batch batch(Job job, String id) {
        synchronized (job) {
            return job.batches.stream().filter(b -> b.id().equals(id)).findFirst().orElse(null);
        }
    }

    private String jobInfo(Job job) {
        int total;
        int done;
        long records;
        synchronized (job) {
            total = job.batches.size();
            done = (int) job.batches.stream().filter(b -> b.state().equals("Completed")).count();
            records = job.batches.stream().mapToLong(Batch::rows).sum();
        }
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><jobInfo xmlns=\"" + NS + "\"><id>" + job.id + "</id><operation>"
                + job.operation + "</operation><object>" + job.object + "</object><createdById>005000000000000AAA"
                + "</createdById><createdDate>" + job.created + "</createdDate><systemModstamp>" + job.created
                + "</systemModstamp><state>" + job.state + "</state><concurrencyMode>Parallel</concurrencyMode>"
                + "<contentType>CSV</contentType><numberBatchesQueued>0</numberBatchesQueued><numberBatchesInProgress>0"
                + "</numberBatchesInProgress><numberBatchesCompleted>" + done + "</numberBatchesCompleted>"
                + "<numberBatchesFailed>0</numberBatchesFailed><numberBatchesTotal>" + total + "</numberBatchesTotal>"
                + "<numberRecordsProcessed>" + records + "</numberRecordsProcessed><numberRetries>0</numberRetries>"
                + "<apiVersion>" + SalesforceEmulator.API_VERSION + "</apiVersion><numberRecordsFailed>0"
                + "</numberRecordsFailed><totalProcessingTime>0</totalProcessingTime><apiActiveProcessingTime>0"
                + "</apiActiveProcessingTime><apexProcessingTime>0</apexProcessingTime></jobInfo>";
    }

    private String batchInfo(Job job, Batch b, boolean document) {
        String x = "<batchInfo" + (document ? " xmlns=\"" + NS + "\"" : "") + "><id>" + b.id() + "</id><jobId>" + job.id
                + "</jobId><state>" + b.state() + "</state>"
                + (b.message() == null ? "" : "<stateMessage>" + SalesforceEmulator.esc(b.message()) + "</stateMessage>")
                + "<createdDate>" + job.created + "</createdDate><systemModstamp>" + job.created + "</systemModstamp>"
                + "<numberRecordsProcessed>" + b.rows() + "</numberRecordsProcessed><numberRecordsFailed>0"
                + "</numberRecordsFailed><totalProcessingTime>0</totalProcessingTime><apiActiveProcessingTime>0"
                + "</apiActiveProcessingTime><apexProcessingTime>0</apexProcessingTime></batchInfo>";
        return document ? "<?xml version=\"1.0\" encoding=\"UTF-8\"?>" + x : x;
    }

    private void xml(HttpExchange ex, String body) throws IOException {
        emulator.send(ex, 200, "application/xml", body);
    }

    private void error(HttpExchange ex, int status, String code, String message) throws IOException {
        emulator.send(ex, status, "application/xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><error xmlns=\"" + NS
                + "\"><exceptionCode>" + code + "</exceptionCode><exceptionMessage>" + SalesforceEmulator.esc(message)
                + "</exceptionMessage></error>");
    }

    private static String text(byte[] body, String element) throws XMLStreamException {
        if (body.length == 0) {
            return null;
        }
        XMLStreamReader r = XML.createXMLStreamReader(new ByteArrayInputStream(body));
        Map<String, String> found = new HashMap<>();
        String current = null;
        StringBuilder sb = new StringBuilder();
        while (r.hasNext()) {
            int ev = r.next();
            if (ev == XMLStreamConstants.START_ELEMENT) {
                current = r.getLocalName();
                sb.setLength(0);
            } else if (ev == XMLStreamConstants.CHARACTERS && current != null) {
                sb.append(r.getText());
            } else if (ev == XMLStreamConstants.END_ELEMENT) {
                found.putIfAbsent(r.getLocalName(), sb.toString().trim());
                current = null;
            }
        }
        return found.get(element);
    }
}
