package org.fieldreport.render;

/** One input file in the provenance appendix; counts already formatted. */
public record SourceFileView(String name, String sha256, String rowsRead, String rowsAccepted,
        String rowsExcluded) {
}
