package io.piiscanner.batch.source;

import java.util.List;

/** Lists the containers of one source, deciding up front what is skipped and why. */
public interface SourceDiscovery {

    List<DiscoveredContainer> discover() throws Exception;
}
