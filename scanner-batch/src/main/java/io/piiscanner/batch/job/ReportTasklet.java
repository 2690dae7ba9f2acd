package io.piiscanner.batch.job;

import io.piiscanner.batch.legal.LegalSectionBuilder;
import io.piiscanner.batch.report.ReportBuilder;
import io.piiscanner.batch.report.ReportModel;
import io.piiscanner.batch.report.RunFolder;
import io.piiscanner.batch.store.FindingsStore;
import io.piiscanner.core.Scanner;
import io.piiscanner.core.jurisdiction.JurisdictionPack;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

import java.nio.file.Path;
import java.time.Instant;

/**
 * Last step: aggregates the run into a report model (with breach notification: distinct people across all
 * sources, jurisdictions, obligations and deadlines from the awareness time), writes every format atomically into the run folder,
 * marks the run complete and moves the incremental watermarks forward. The folder and the number of new
 * exposures go into the job execution context for the launcher.
 */
public final class ReportTasklet implements Tasklet {

    public static final String RUN_FOLDER = "report.folder";
    public static final String NEW_EXPOSURE = "report.newExposure";

    private final FindingsStore store;
    private final RunContext run;
    private final Scanner scanner;
    private final Progress progress;
    private final JurisdictionPack pack;
    private final java.util.List<io.piiscanner.batch.report.ReportContributor> contributors;

    public ReportTasklet(FindingsStore store, RunContext run, Scanner scanner, Progress progress, JurisdictionPack pack) {
        this(store, run, scanner, progress, pack, java.util.List.of());
    }

    public ReportTasklet(FindingsStore store, RunContext run, Scanner scanner, Progress progress, JurisdictionPack pack,
                         java.util.List<io.piiscanner.batch.report.ReportContributor> contributors) {
        this.store = store;
        this.run = run;
        this.scanner = scanner;
        this.progress = progress;
        this.pack = pack;
        this.contributors = java.util.List.copyOf(contributors);
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
        progress.finish();
        Instant finished = Instant.now();
        ReportModel.Run meta = new ReportModel.Run(run.runId(), run.settings().name(), run.operator(),
                run.started().toString(), finished.toString(),
                run.settings().sources().stream().map(s -> s.id() + " " + redact(s.uri())).toList(),
                run.settings().sampling().toString(), run.settings().incremental(), scanner.rulePack().version(),
                scanner.rulePack().sha256(), run.previousRunId());
        LegalSectionBuilder legal = new LegalSectionBuilder(store, pack, run.settings().workDir());
        boolean declared = run.settings().awareAt() != null;
        java.time.Instant awareAt = declared ? run.settings().awareAt() : run.started();
        // The breach-notification aggregate (every record exposure, read back and linked) and the per-field report
        // (every chunk of findings) read different tables and need nothing of each other: on two threads.
        java.util.concurrent.ExecutorService aside = java.util.concurrent.Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "report-exposure");
            t.setDaemon(true);
            return t;
        });
        ReportModel model;
        RunFolder files = RunFolder.allFormats();
        try {
            java.util.concurrent.Future<io.piiscanner.core.jurisdiction.ExposureReport> exposure =
                    aside.submit(() -> legal.aggregate(run.runId(), awareAt));
            model = new ReportBuilder(store).build(meta, run.previousRunId());
            if (!exposure.isDone()) {
                // this thread would wait for the aggregate: the report formats (the workbook's thousands of classes)
                // load and compile meanwhile, instead of after it
                files.prepare(model);
            }
            model = model.withLegal(legal.build(result(exposure), declared, model));
        } finally {
            aside.shutdownNow();
        }
        for (io.piiscanner.batch.report.ReportContributor c : contributors) {
            model = model.withSections(c.sections(model));
        }
        Path folder = files.write(model, run.settings().outputDir().toAbsolutePath().normalize());
        store.finishRun(run.runId(), finished, "COMPLETED", folder.toString());
        store.saveWatermarks(run.settings().name(), run.runId());
        var ctx = chunkContext.getStepContext().getStepExecution().getJobExecution().getExecutionContext();
        ctx.putString(RUN_FOLDER, folder.toString());
        ctx.putInt(NEW_EXPOSURE, model.newExposure().size());
        return RepeatStatus.FINISHED;
    }

    /** The task's result; its failure (an exception, or an error such as running out of heap) thrown as it was. */
    private static <T> T result(java.util.concurrent.Future<T> f) throws Exception {
        try {
            return f.get();
        } catch (java.util.concurrent.ExecutionException e) {
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw e.getCause() instanceof Exception ex ? ex : e;
        }
    }

    /** Sources are listed in the manifest; a URL's query string can carry a user name, so it is dropped. */
    static String redact(String uri) {
        return uri.replaceFirst("[?;].*$", "");
    }
}
