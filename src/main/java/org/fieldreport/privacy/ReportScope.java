package org.fieldreport.privacy;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.fieldreport.model.Project;
import org.fieldreport.model.ReportingPeriod;

/**
 * What a published report covers and for whom: the project, the period, the day the run counted as today, the
 * audience, and the audience's suppression rule and the key to its marks in words ({@code legend} is empty for
 * internal output).
 */
public record ReportScope(Project project, ReportingPeriod period, LocalDate asOf, Audience audience,
                          String suppression, String legend) {

    public ReportScope {
        Objects.requireNonNull(project, "project");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(audience, "audience");
    }

    /** The scope of output for the policy's audience. */
    static ReportScope of(SuppressionPolicy policy, Project project, ReportingPeriod period, LocalDate asOf) {
        return new ReportScope(project, period, asOf, policy.audience(), policy.describe(), policy.legend());
    }

    /** The marking for every page and sheet: {@code CONFIDENTIAL} for internal output, empty otherwise. */
    public Optional<String> marking() {
        return audience.marking();
    }
}
