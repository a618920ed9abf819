package org.fieldreport.ingest;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.fieldreport.model.IndicatorDeclaration;
import org.fieldreport.model.ReportSettings;
import org.fieldreport.problem.Excerpt;

/**
 * Checks the {@code report} key of project.yaml: every headline id names one of the project's indicators, once, and
 * there are at most {@link ReportSettings#MAX_HEADLINE}; a sign-off names its signatory.
 */
final class ReportSettingsCheck {

    private ReportSettingsCheck() {
    }

    /** The settings as declared (defaults when the key is absent), each fault reported against its key. */
    static ReportSettings check(ReportSettings report, List<IndicatorDeclaration> indicators,
            DeclarationFindings out) {
        if (report == null) {
            return ReportSettings.defaults();
        }
        List<String> headline = report.headline();
        if (headline != null) {
            if (headline.size() > ReportSettings.MAX_HEADLINE) {
                out.error("/report/headline", "report.headline lists " + headline.size() + " figures; page one has"
                        + " room for " + ReportSettings.MAX_HEADLINE, "keep the " + ReportSettings.MAX_HEADLINE
                        + " that matter most to the donor");
            }
            Set<String> seen = new HashSet<>();
            for (int i = 0; i < headline.size(); i++) {
                String id = headline.get(i);
                if (id == null || indicators.stream().noneMatch(d -> d.id().equals(id))) {
                    out.error("/report/headline/" + i, "report.headline names \"" + Excerpt.of(String.valueOf(id),
                            60) + "\", which is not an indicator of this project", "use an id listed under"
                            + " indicators, such as " + indicators.stream().findFirst().map(IndicatorDeclaration::id)
                            .orElse("outreach_nights"));
                } else if (!seen.add(id)) {
                    out.error("/report/headline/" + i, "report.headline names \"" + id + "\" twice",
                            "list each figure once");
                }
            }
        }
        if (report.signOff() != null && (report.signOff().name() == null || report.signOff().name().isBlank())) {
            out.error("/report/sign_off", "report.sign_off needs the signatory's name",
                    "for example sign_off: {name: Sokha Chan, role: Programme Director}");
        }
        return report;
    }
}
