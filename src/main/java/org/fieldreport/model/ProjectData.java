package org.fieldreport.model;

import java.util.List;

/**
 * Everything a report is computed from: the project and the accepted rows of each input, plus the provenance of
 * each file. Rows excluded by ingest or validation are not here; {@code sources} counts them. Attendance, the one
 * input that runs to millions of rows, is held column by column
 * ({@link AttendanceRegister}).
 */
public record ProjectData(
        Project project,
        List<OutreachNight> nights,
        AttendanceRegister attendance,
        List<BudgetLine> budget,
        List<Expense> expenses,
        List<FundingEntry> funding,
        List<ExchangeRate> rates,
        List<SourceFile> sources) {

    public ProjectData {
        nights = List.copyOf(nights);
        attendance = java.util.Objects.requireNonNull(attendance);
        budget = List.copyOf(budget);
        expenses = List.copyOf(expenses);
        funding = List.copyOf(funding);
        rates = List.copyOf(rates);
        sources = List.copyOf(sources);
    }

    public SourceFile source(InputKind kind) {
        return sources.stream().filter(s -> s.kind() == kind).findFirst().orElseThrow();
    }
}
