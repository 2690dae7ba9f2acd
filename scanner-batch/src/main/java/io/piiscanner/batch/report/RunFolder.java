package io.piiscanner.batch.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * Writes all report formats and the evidence manifest into a hidden temporary folder, then renames it to
 * the run folder in one step, so a reader (or a scheduler collecting reports) never sees half a report.
 */
public final class RunFolder {

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private final List<ReportWriter> writers;

    public RunFolder(List<ReportWriter> writers) {
        this.writers = List.copyOf(writers);
    }

    public static RunFolder allFormats() {
        return new RunFolder(List.of(new JsonReportWriter(), new CsvReportWriter(), new HtmlReportWriter(), new XlsxReportWriter(),
                new LegalSummaryHtmlWriter()));
    }

    /** {@link ReportWriter#prepare} of every format: loads their code ahead of {@link #write}; writes nothing. */
    public void prepare(ReportModel model) throws IOException {
        for (ReportWriter w : writers) {
            w.prepare(model);
        }
    }

    public Path write(ReportModel model, Path outputDir) throws IOException {
        Files.createDirectories(outputDir);
        Path target = outputDir.resolve(model.run().id());
        Path tmp = outputDir.resolve("." + model.run().id() + ".tmp");
        deleteTree(tmp);
        Files.createDirectories(tmp);
        for (ReportWriter w : writers) {
            w.write(model, tmp);
        }
        writeManifest(model, tmp);
        deleteTree(target); // a restarted run that had already reported replaces its folder
        try {
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, target);
        }
        return target;
    }

    private static void writeManifest(ReportModel m, Path folder) throws IOException {
        ObjectNode root = MAPPER.createObjectNode();
        ReportModel.Run r = m.run();
        root.put("run_id", r.id()).put("profile", r.profile()).put("operator", r.operator()).put("started", r.started())
                .put("finished", r.finished()).put("sampling", r.sampling()).put("incremental", r.incremental());
        r.sources().forEach(root.putArray("sources")::add);
        root.putObject("rule_pack").put("version", r.rulePackVersion()).put("sha256", r.rulePackSha256());
        ObjectNode counts = root.putObject("counts");
        counts.put("containers", m.coverage().size()).put("rows_scanned", m.totalRowsScanned())
                .put("findings", m.totalFindings()).put("fields_with_findings",
                        m.fields().stream().filter(f -> !f.entities().isEmpty()).count());
        m.coverageByStatus().forEach(counts.putObject("containers_by_status")::put);
        if (m.legal() != null) {
            root.putObject("incident").put("aware_at", m.legal().awareAt().toString()).put("aware_at_declared", m.legal().awareAtDeclared())
                    .put("jurisdiction_pack_version", m.legal().packVersion())
                    .put("distinct_subjects", m.legal().exposure().distinctSubjects());
        }
        ObjectNode files = root.putObject("files");
        try (Stream<Path> s = Files.list(folder)) {
            for (Path p : s.sorted().toList()) {
                files.putObject(p.getFileName().toString()).put("sha256", sha256(p)).put("bytes", Files.size(p));
            }
        }
        MAPPER.writeValue(folder.resolve("manifest.json").toFile(), root);
    }

    static String sha256(Path p) throws IOException {
        try (InputStream in = new DigestInputStream(Files.newInputStream(p), MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void deleteTree(Path p) throws IOException {
        if (!Files.exists(p)) {
            return;
        }
        try (Stream<Path> s = Files.walk(p)) {
            for (Path q : s.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(q);
            }
        }
    }
}
