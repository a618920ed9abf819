package org.fieldreport.ingest;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

/**
 * The line of every key and value in a YAML document, by JSON pointer ({@code /files/expenses/path}), so that a
 * problem found after binding can still name its line.
 */
final class YamlLocations {

    private final Map<String, Integer> lines = new HashMap<>();

    static YamlLocations of(String yaml) {
        YamlLocations locations = new YamlLocations();
        try (JsonParser parser = new YAMLFactory().createParser(yaml)) {
            JsonToken token;
            while ((token = parser.nextToken()) != null) {
                if (token == JsonToken.FIELD_NAME || token.isScalarValue() || token.isStructStart()) {
                    String pointer = parser.getParsingContext().pathAsPointer().toString();
                    locations.lines.putIfAbsent(pointer, parser.currentTokenLocation().getLineNr());
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
