package org.fieldreport.ingest;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.fieldreport.model.SourceRef;
import org.fieldreport.problem.Problem;

/**
 * The line of every key and value in a YAML document, by JSON pointer ({@code /files/expenses/path}), so that a
 * problem found after binding can still name its line.
 */
final class YamlLocations {

    private final Map<String, Integer> lines = new HashMap<>();
    private final Set<String> keys = new HashSet<>();
    private final List<Problem> duplicates = new ArrayList<>();

    static YamlLocations of(String yaml) {
        YamlLocations locations = new YamlLocations();
        try (JsonParser parser = new YAMLFactory().createParser(yaml)) {
            JsonToken token;
            while ((token = parser.nextToken()) != null) {
                if (token == JsonToken.FIELD_NAME || token.isScalarValue() || token.isStructStart()) {
                    String pointer = parser.getParsingContext().pathAsPointer().toString();
                    int line = parser.currentTokenLocation().getLineNr();
                    locations.lines.putIfAbsent(pointer, line);
                    if (token == JsonToken.FIELD_NAME && !locations.keys.add(pointer)) {
                        locations.duplicate(pointer, line);
                    }
                }
            }
        } catch (IOException e) {
            // Syntax errors are reported by the binding pass; locations found so far still help.
        }
        return locations;
    }

    /** Whether the document holds a node at {@code pointer}. */
    boolean has(String pointer) {
        return lines.containsKey(pointer);
    }

    private void duplicate(String pointer, int line) {
        String key = java.util.regex.Pattern.compile("/(\\d+)(?=/|$)").matcher(pointer.substring(1))
                .replaceAll(m -> "[" + (Integer.parseInt(m.group(1)) + 1) + "]").replace('/', '.')
                .replace("~1", "/").replace("~0", "~");
        duplicates.add(Problem.error("project-file", new SourceRef(ProjectFileReader.FILE_NAME, line, 0),
                "key \"" + key + "\" is given twice (first on line " + lines.get(pointer) + "); one of the two "
                        + "would silently be lost", "keep one of them"));
    }

    /** A problem for every key given twice in the same mapping (YAML parsers would keep the last silently). */
    List<Problem> duplicates() {
        return List.copyOf(duplicates);
    }

    /** The line of the node at {@code pointer}, or of its nearest ancestor that has one; 1 at worst. */
    int line(String pointer) {
        String p = pointer;
        while (true) {
            Integer line = lines.get(p);
            if (line != null) {
                return line;
            }
            int slash = p.lastIndexOf('/');
            if (slash <= 0) {
                return lines.getOrDefault("", 1);
            }
            p = p.substring(0, slash);
        }
    }
}
