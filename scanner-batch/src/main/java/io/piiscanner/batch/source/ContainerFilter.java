package io.piiscanner.batch.source;

import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.List;

/**
 * Include/exclude glob patterns over container names ({@code public.stg_*}, {@code **.csv},
 * {@code exports/**}). A container is scanned when it matches an include pattern (or there are none) and no
 * exclude pattern.
 */
public final class ContainerFilter {

    private final List<PathMatcher> include;
    private final List<PathMatcher> exclude;

    public ContainerFilter(List<String> include, List<String> exclude) {
        this.include = include.stream().map(ContainerFilter::matcher).toList();
        this.exclude = exclude.stream().map(ContainerFilter::matcher).toList();
    }

    private static PathMatcher matcher(String glob) {
        return FileSystems.getDefault().getPathMatcher("glob:" + glob);
    }

    public boolean accepts(String containerName) {
        // "!/" separates archive members; match on a path-like form so ** spans them.
        Path p = Path.of(containerName.replace("!/", "/"));
        String lower = containerName.toLowerCase(java.util.Locale.ROOT);
        Path pl = Path.of(lower.replace("!/", "/"));
        boolean in = include.isEmpty() || include.stream().anyMatch(m -> m.matches(p) || m.matches(pl));
        boolean out = exclude.stream().anyMatch(m -> m.matches(p) || m.matches(pl));
        return in && !out;
    }
}
