package org.fieldreport.sample;

import java.nio.file.Path;
import java.util.Map;

/**
 * What the generator wrote: the data folder and the number of data rows in each file, by file name in the order
 * written.
 */
public record GeneratedSample(Path dataFolder, Map<String, Long> rowsByFile) {

    public GeneratedSample {
        rowsByFile = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(rowsByFile));
    }
}
