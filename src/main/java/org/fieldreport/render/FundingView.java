package org.fieldreport.render;

import java.util.List;

/**
 * Funding status: a one-sentence status ("Budget: Year 1 $45,000 – fully funded."), its tone ({@code green} only
 * when fully funded; {@code amber} when partly funded and {@code red} when not funded, both shown as warnings), the
 * figures behind it as label/value lines, and each donor's commitments beside its receipts.
 */
public record FundingView(String status, String tone, boolean warning, List<LabelledValue> lines,
                          List<DonorLine> donors) {

    public FundingView {
        lines = List.copyOf(lines);
        donors = List.copyOf(donors);
    }

    /** One donor's row of the funding table, every amount formatted; {@code note} names a receipt beyond its commitment. */
    public record DonorLine(String donor, String committed, String received, String note) {
    }
}
