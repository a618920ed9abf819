package org.fieldreport.render;

import java.nio.file.Path;
import java.util.List;
import org.fieldreport.problem.Problem;

/**
 * What writing one report file gave: where it is, how many bytes, and the warnings met on the way (for example a
 * stylesheet or image address the renderer refused to fetch).
 */
public record RenderedReport(Path file, long bytes, List<Problem> warnings) {

    public RenderedReport {
        warnings = List.copyOf(warnings);
    }
}
