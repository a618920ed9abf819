package org.fieldreport.indicators;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.fieldreport.model.IndicatorDeclaration;
import org.fieldreport.model.IndicatorSource;
import org.fieldreport.model.InputKind;
import org.fieldreport.model.SourceFile;

/**
 * The optional columns an indicator source's file does not have. A count of girls from a file without a girls column
 * is not 0 but unknown: an indicator that sums, counts distinct or filters on such a column is not available, with a
 * note naming the file and the column.
 */
final class AbsentColumns {

    private final Map<IndicatorSource, SourceFile> files = new EnumMap<>(IndicatorSource.class);

    AbsentColumns(List<SourceFile> sources) {
        for (SourceFile s : sources) {
            indicatorSource(s.kind()).filter(x -> s.present() && !s.columns().isEmpty())
                    .ifPresent(x -> files.put(x, s));
        }
    }

    private static java.util.Optional<IndicatorSource> indicatorSource(InputKind kind) {
        return IndicatorSource.fromKey(kind.key());
    }

    /** Why {@code d} cannot be computed from its file, or null when every column it reads is there. */
    String note(IndicatorDeclaration d) {
        IndicatorSource source = d.source() == null ? null : IndicatorSource.fromKey(d.source()).orElse(null);
        SourceFile file = source == null ? null : files.get(source);
        if (file == null) {
            return null;
        }
        List<String> read = new ArrayList<>();
        if (d.column() != null) {
            read.add(d.column());
        }
        read.addAll(d.filters().keySet());
        for (String name : read) {
            String column = fileColumn(source, name);
            if (column != null && !file.columns().containsKey(column)) { // 0: given by project.yaml
                return "not available: " + file.file() + " has no " + column + " column";
            }
        }
        return null;
    }

    /** The column of the file behind a declaration's column name; null for one derived from the date. */
    private static String fileColumn(IndicatorSource source, String name) {
        String column = source.column(name);
        return switch (column) {
            case "month", "quarter", "date", "session" -> null; // a session without its column is date, place, team or activity
            case "age_band" -> "age";
            default -> column;
        };
    }
}
