package org.fieldreport.app;

import java.util.List;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.fieldreport.ingest.Column;
import org.fieldreport.ingest.InputFormat;
import org.fieldreport.ingest.InputFormats;
import org.fieldreport.ingest.MappingKeys;
import org.fieldreport.model.InputKind;
import org.fieldreport.problem.ExitCode;
import org.fieldreport.problem.FieldReportException;

/** Describes the input files for {@code fieldreport schema}: each kind's columns, types and an example row. */
public final class InputSchemas {

    private InputSchemas() {
    }

    /** The description of one kind, or of every kind when {@code kind} is null. */
    public static String describe(String kind) {
        List<InputFormat<?>> formats;
        if (kind == null) {
            formats = InputFormats.all();
        } else {
            Optional<InputKind> k = InputKind.fromKey(kind.replace(".csv", ""));
            if (k.isEmpty()) {
                List<String> kinds = java.util.Arrays.stream(InputKind.values()).map(InputKind::key).toList();
                throw new FieldReportException(ExitCode.USAGE, "unknown input \"" + kind + "\"; "
                        + org.fieldreport.problem.ClosestName.among(kind, kinds).map(c -> "did you mean \"" + c
                        + "\"? ").orElse("") + "inputs: " + String.join(", ", kinds));
            }
            formats = List.of(InputFormats.of(k.get()));
        }
        StringBuilder out = new StringBuilder();
        for (InputFormat<?> f : formats) {
            out.append(f.kind().defaultPath()).append(f.kind().required() ? "" : " (optional)").append('\n');
            int width = f.columns().stream().mapToInt(c -> c.name().length()).max().orElse(0);
            for (Column c : f.columns()) {
                out.append("  ").append(c.name()).append(" ".repeat(width - c.name().length() + 2))
                        .append(c.required() ? "required  " : "optional  ").append(c.type()).append('\n');
            }
            out.append("  example:\n    ")
                    .append(CSVFormat.DEFAULT.format(f.columns().stream().map(Column::name).toArray()))
                    .append("\n    ")
                    .append(CSVFormat.DEFAULT.format(f.columns().stream().map(Column::example).toArray()))
                    .append("\n");
            out.append("  settings under files.").append(f.kind().key()).append(" in project.yaml:\n");
            List<MappingKeys.Key> keys = MappingKeys.of(f.kind());
            int keyWidth = keys.stream().mapToInt(k -> k.name().length()).max().orElse(0);
            for (MappingKeys.Key k : keys) {
                out.append("    ").append(k.name()).append(" ".repeat(keyWidth - k.name().length() + 2))
                        .append(k.meaning()).append('\n');
            }
            out.append(periodNotes(f.kind())).append('\n');
        }
        return out.toString();
    }

    /** What the dated inputs mean for a report's as-of date, and what the indicators that read them compare with. */
    private static String periodNotes(InputKind kind) {
        StringBuilder notes = new StringBuilder();
        if (kind == InputKind.OUTREACH_NIGHTS || kind == InputKind.ATTENDANCE || kind == InputKind.EXPENSES) {
            notes.append("  as-of date: without --as-of or SOURCE_DATE_EPOCH, a report is as of the latest date in\n"
                    + "    outreach_nights, attendance and expenses; a period not ended by then is reported to date\n");
        }
        if (kind == InputKind.OUTREACH_NIGHTS || kind == InputKind.ATTENDANCE) {
            notes.append("  indicators with source: ").append(kind.key()).append(" (project.yaml indicators:) compare"
                    + " with `target` for a\n    project year or `targets: {year: 350, quarter: 150, month: 60}` by"
                    + " period length or period (Y1-Q2: 140);\n    a yearly target is pro-rated by days only for"
                    + " counts, sums, sessions and nights (src/site/indicators.md)\n");
        }
        return notes.toString();
    }
}
