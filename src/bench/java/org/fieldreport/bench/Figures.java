package org.fieldreport.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.DeserializationFeature;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The figures the benchmark compares, by key: read from DuckDB's {@code key<TAB>value} lines, and looked up under the
 * same keys in fieldreport's JSON ({@code id} is an indicator's value, {@code id.site.S} its cell for site S;
 * {@code total.period_actual} and {@code line.CODE.period_actual} are budget figures). Money is compared in cents,
 * both sides rounded half up (each converted expense is already a whole number of cents on both sides).
 */
final class Figures {

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    private Figures() {
    }

    static Map<String, BigDecimal> fromDuckDb(Path lines) throws IOException {
        Map<String, BigDecimal> figures = new TreeMap<>();
        for (String line : Files.readAllLines(lines)) {
            String[] parts = line.split("\t");
            if (parts.length == 2) {
                figures.put(parts[0], new BigDecimal(parts[1]));
            }
        }
        return figures;
    }

    /** The differences between the two, one line each; empty when every DuckDB figure is matched. */
    static List<String> disagreements(Map<String, BigDecimal> duckDb, Path fieldreportJson) throws IOException {
        JsonNode root = JSON.readTree(fieldreportJson.toFile());
        List<String> differences = new ArrayList<>();
        if (duckDb.isEmpty()) {
            differences.add("DuckDB produced no figures");
        }
        for (var figure : duckDb.entrySet()) {
            BigDecimal ours = lookUp(root, figure.getKey());
            BigDecimal theirs = figure.getValue();
            if (figure.getKey().endsWith("period_actual")) {
                theirs = theirs.setScale(2, RoundingMode.HALF_UP);
                ours = ours == null ? null : ours.setScale(2, RoundingMode.HALF_UP);
            }
            if (ours == null || ours.compareTo(theirs) != 0) {
                differences.add(figure.getKey() + ": fieldreport " + ours + ", DuckDB " + theirs);
            }
        }
        return differences;
    }

    private static BigDecimal lookUp(JsonNode root, String key) {
        String[] parts = key.split("\\.");
        JsonNode node = null;
        if (parts[0].equals("total")) {
            node = root.path("total").path(parts[1]);
        } else if (parts[0].equals("line")) {
            for (JsonNode heading : root.path("headings")) {
                for (JsonNode line : heading.path("lines")) {
                    if (line.path("line_code").asText().equals(parts[1])) {
                        node = line.path(parts[2]);
                    }
                }
            }
        } else {
            for (JsonNode indicator : root.path("indicators")) {
                if (indicator.path("id").asText().equals(parts[0])) {
                    node = parts.length == 1 ? indicator.path("value")
                            : indicator.path("breakdown").path(parts[1]).path(key.substring(
                                    parts[0].length() + parts[1].length() + 2));
                }
            }
        }
        return node == null || !node.isNumber() ? null : node.decimalValue();
    }
}
