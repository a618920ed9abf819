package org.fieldreport.validate;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.fieldreport.model.BudgetLine;
import org.fieldreport.model.Expense;
import org.fieldreport.model.InputKind;
import org.fieldreport.model.Project;
import org.fieldreport.model.ProjectData;
import org.fieldreport.problem.ClosestName;

/**
 * An expense booked to a line code that is not in its project year's budget is kept (it is real spending) and shows
 * as "unbudgeted" in the budget report; this check warns about it, naming the closest known line code.
 */
public final class BudgetLineCodes implements RowCheck {

    @Override
    public void check(ProjectData d, Exclusions out) {
        Project p = d.project();
        Map<Integer, Set<String>> codesByYear = new HashMap<>();
        for (BudgetLine b : d.budget()) {
            codesByYear.computeIfAbsent(b.year(), y -> new TreeSet<>()).add(b.lineCode());
        }
        Set<String> all = new TreeSet<>();
        codesByYear.values().forEach(all::addAll);
        // looked up once per expense: hashed rather than sorted
        Map<Integer, Set<String>> lookUp = new HashMap<>();
        codesByYear.forEach((y, codes) -> lookUp.put(y, new HashSet<>(codes)));
        LocalDate lastDate = null;
        int year = 0;
        Set<String> yearCodes = Set.of();
        for (Expense e : d.expenses()) {
            if (!e.date().equals(lastDate)) { // a day's rows usually follow one another
                lastDate = e.date();
                year = p.yearOf(lastDate);
                yearCodes = lookUp.getOrDefault(year, Set.of());
            }
            if (year == 0 || yearCodes.contains(e.lineCode())) {
                continue;
            }
            Set<String> codes = codesByYear.getOrDefault(year, Set.of());
            List<String> candidates = List.copyOf(codes.isEmpty() ? all : codes);
            String hint = ClosestName.among(e.lineCode(), candidates)
                    .map(c -> "did you mean \"" + c + "\"? the expense is reported as unbudgeted")
                    .orElse("the expense is reported as unbudgeted");
            out.warn(e.source().atColumn(d.source(InputKind.EXPENSES).column("line_code")), "unbudgeted-line", "budget line \""
                    + e.lineCode() + "\" is not in the Year " + year + " budget", hint);
        }
    }
}
