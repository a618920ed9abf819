package org.fieldreport.render;

import java.util.List;

/**
 * Funding status: a one-sentence status ("Fully funded") and the figures behind it as label/value lines.
 */
public record FundingView(String status, List<LabelledValue> lines) {

    public FundingView {
        lines = List.copyOf(lines);
    }
}
