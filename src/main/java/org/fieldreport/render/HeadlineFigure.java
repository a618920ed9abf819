package org.fieldreport.render;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.fieldreport.model.ReportSettings;

/**
 * One figure of the report's "at a glance" block on page one, formatted as the results table shows it.
 *
 * @param id       the indicator id
 * @param label    the indicator's name
 * @param actual   the actual figure, or its mark when withheld
 * @param target   the target, formatted; empty when none is declared
 * @param achieved the share of the target achieved, formatted; empty when there is no target
 * @param status   the traffic-light status in colour and words
 */
public record HeadlineFigure(String id, String label, String actual, String target, String achieved,
        Status status) {

    /** The figures chosen for page one: the ids declared (in their order), else the first with a target per section. */
    static List<HeadlineFigure> choose(ResultsTable results, List<String> declared) {
        List<HeadlineFigure> chosen = new ArrayList<>();
        if (declared != null) {
            for (String id : declared) {
                results.rows().stream().filter(r -> r.id().equals(id)).findFirst()
                        .ifPresent(r -> chosen.add(of(r)));
            }
            return chosen;
        }
        Set<String> sections = new HashSet<>();
        for (ResultRow r : results.rows()) {
            if (chosen.size() < ReportSettings.MAX_HEADLINE && !r.target().isEmpty()
                    && sections.add(r.group())) {
                chosen.add(of(r));
            }
        }
        return chosen;
    }

    private static HeadlineFigure of(ResultRow r) {
        return new HeadlineFigure(r.id(), r.label(), r.actual(), r.target(), r.achieved(), r.status());
    }
}
