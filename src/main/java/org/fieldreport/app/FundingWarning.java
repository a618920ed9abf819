package org.fieldreport.app;

import java.util.Optional;
import org.fieldreport.indicators.FundingStatus;
import org.fieldreport.model.InputKind;
import org.fieldreport.model.ProjectData;
import org.fieldreport.model.SourceFile;
import org.fieldreport.model.SourceRef;
import org.fieldreport.problem.Problem;

/**
 * A year that is partly funded or not funded is a warning of the run (on stderr, in the run summary, counted with
 * the other warnings), named after the funding file, since more commitments there are what would clear it.
 */
final class FundingWarning {

    static final String CODE = "not-fully-funded";

    private FundingWarning() {
    }

    static Optional<Problem> of(FundingStatus funding, ProjectData data) {
        if (funding == null || !funding.isWarning()) {
            return Optional.empty();
        }
        String file = data.sources().stream().filter(s -> s.kind() == InputKind.FUNDING).map(SourceFile::file)
                .findFirst().orElse("data/funding.csv");
        return Optional.of(Problem.warning(CODE, SourceRef.file(file), "Year " + funding.year() + " is "
                + funding.statusText() + ": " + funding.money(funding.committed()) + " committed of a "
                + funding.money(funding.budget()) + " budget", "record the signed commitments here (kind"
                + " commitment); a receipt counts against its donor's commitments for the year, never on top of them"));
    }
}
