package io.piiscanner.batch.job;

import io.piiscanner.batch.source.ContainerKind;
import io.piiscanner.batch.source.DiscoveredContainer;
import io.piiscanner.batch.source.FailureReasons;
import io.piiscanner.batch.source.ResumableStopException;
import io.piiscanner.batch.source.SourceDiscovery;
import io.piiscanner.batch.store.FindingsStore;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Step 1: lists every source's containers into the store. A source that cannot be listed is one FAILED row. */
public final class DiscoveryTasklet implements Tasklet {

    private final Map<String, SourceDiscovery> discoveries;
    private final FindingsStore store;
    private final String runId;

    public DiscoveryTasklet(Map<String, SourceDiscovery> discoveries, FindingsStore store, String runId) {
        this.discoveries = discoveries;
        this.store = store;
        this.runId = runId;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        List<DiscoveredContainer> all = new ArrayList<>();
        discoveries.forEach((source, d) -> {
            try {
                all.addAll(d.discover());
            } catch (ResumableStopException e) {
                throw e;
            } catch (Exception e) {
                all.add(DiscoveredContainer.failed(source, "*", ContainerKind.UNKNOWN,
                        "source unreachable: " + FailureReasons.describe(e)));
            }
        });
        store.saveContainers(runId, all);
        return RepeatStatus.FINISHED;
    }
}
