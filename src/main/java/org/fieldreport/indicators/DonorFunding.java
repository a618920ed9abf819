package org.fieldreport.indicators;

import java.math.BigDecimal;

/**
 * One donor's funding of a project year: what it committed and what it sent, side by side. {@code uncommitted} is
 * the part of its receipts that no commitment of the same donor and year covers (all of them when it committed
 * nothing); that part counts as committed on its own, since the money is in the bank.
 */
public record DonorFunding(String donor, BigDecimal pledged, BigDecimal commitments, BigDecimal receipts,
                           BigDecimal uncommitted) {

    /** What this donor adds to the year's committed funding: its commitments and any receipt beyond them. */
    public BigDecimal committed() {
        return commitments.add(uncommitted);
    }
}
