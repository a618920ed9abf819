package org.fieldreport.ingest;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.fieldreport.model.SourceRef;
import org.fieldreport.problem.ClosestName;
import org.fieldreport.problem.Problem;

/**
 * What Jackson could not bind in project.yaml, said as a problem naming the key and its line: an unknown key (with
 * the closest known one), a value of the wrong type, or YAML that does not parse.
 */
final class YamlBindingProblem {

    private static final String FILE_NAME = ProjectFileReader.FILE_NAME;

    private YamlBindingProblem() {
    }

    static Problem of(JacksonException e, YamlLocations lines) {
        JsonLocation at = e.getLocation();
        SourceRef where = at == null ? SourceRef.file(FILE_NAME)
                : new SourceRef(FILE_NAME, Math.max(1, at.getLineNr()), Math.max(0, at.getColumnNr()));
        if (e instanceof UnrecognizedPropertyException u) {
            where = new SourceRef(FILE_NAME, lines.line(pointer(u)), 0);
            List<String> known = u.getKnownPropertyIds() == null ? List.of()
                    : u.getKnownPropertyIds().stream().map(String::valueOf).sorted().toList();
            String hint = ClosestName.among(u.getPropertyName(), known).map(c -> "did you mean \"" + c + "\"?")
                    .orElse("known keys here: " + String.join(", ", known));
            return Problem.error("project-file", where, "unknown key \"" + keyPath(u) + "\"", hint);
        }
        if (e instanceof InvalidFormatException f) {
            return Problem.error("project-file", where, "key \"" + keyPath(f) + "\" has the value \""
                    + f.getValue() + "\", which is not " + describe(f.getTargetType()), null);
        }
        if (e instanceof MismatchedInputException m) {
            String key = keyPath(m);
            if (key.isEmpty()) {
                return Problem.error("project-file", where, "must be a mapping of keys to values",
                        "start from `fieldreport init`");
            }
            return Problem.error("project-file", where, "key \"" + key + "\" must be "
                    + describe(m.getTargetType()), null);
        }
        if (e instanceof JsonMappingException m && !keyPath(m).isEmpty()) {
            return Problem.error("project-file", where, "key \"" + keyPath(m) + "\" is not valid: "
                    + e.getOriginalMessage(), null);
        }
        String detail = e.getOriginalMessage().lines().map(String::strip)
                .filter(l -> !l.isEmpty() && !l.startsWith("in '") && !l.equals("^"))
                .filter(l -> !l.contains(":") || l.startsWith("while") || l.startsWith("found")
                        || l.startsWith("expected") || l.startsWith("mapping"))
                .collect(Collectors.joining(", "));
        return Problem.error("project-file", where, "is not valid YAML: " + detail,
                "check quotes and indentation on this line and the one before");
    }

    private static String pointer(JsonMappingException e) {
        StringBuilder p = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            p.append('/').append(ref.getFieldName() != null ? ref.getFieldName() : String.valueOf(ref.getIndex()));
        }
        return p.toString();
    }

    private static String keyPath(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (path.length() > 0) {
                    path.append('.');
                }
                path.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex() + 1).append(']');
            }
        }
        return path.toString();
    }

    private static String describe(Class<?> type) {
        if (type == null) {
            return "of the right type";
        }
        if (type == java.time.LocalDate.class) {
            return "a date (yyyy-MM-dd)";
        }
        if (type == Integer.class || type == int.class) {
            return "a whole number";
        }
        if (type == java.math.BigDecimal.class) {
            return "a number";
        }
        if (type == String.class) {
            return "a text value";
        }
        if (List.class.isAssignableFrom(type)) {
            return "a list";
        }
        if (Map.class.isAssignableFrom(type) || type.isRecord()) {
            return "a mapping of keys to values";
        }
        if (type.isEnum()) {
            return "one of " + java.util.Arrays.stream(type.getEnumConstants())
                    .map(c -> c.toString().toLowerCase(java.util.Locale.ROOT)).collect(Collectors.joining(", "));
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        return "of type " + type.getSimpleName();
    }
}
