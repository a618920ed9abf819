package org.fieldreport.ingest;

/** One record of a CSV file as text, with the 1-based line on which it starts. */
public record CsvRow(int line, String[] values) {

    public boolean isBlank() {
        for (String v : values) {
            if (!v.isBlank()) {
                return false;
            }
        }
        return true;
    }

    /** An HXL hashtag row: every non-empty cell starts with '#'. */
    public boolean isHxlTags() {
        boolean any = false;
        for (String v : values) {
            String t = v.trim();
            if (t.isEmpty()) {
                continue;
            }
            if (!t.startsWith("#")) {
                return false;
            }
            any = true;
        }
        return any;
    }
}
