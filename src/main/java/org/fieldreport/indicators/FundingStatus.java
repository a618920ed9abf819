package org.fieldreport.indicators;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.fieldreport.model.FundingEntry;
import org.fieldreport.model.FundingKind;

/**
 * How a project year's budget is funded, from funding.csv. Pledges, commitments and receipts are kept apart.
 * Committed funding counts commitments and receipts, without counting twice the money of a commitment that was
 * then received: a receipt belongs to a commitment when both have the same donor and the same non-empty reference
 * (compared trimmed and case-insensitively), and such a group counts the larger of its commitments and its
 * receipts. A receipt without a matching commitment counts as committed on its own. A pledge never counts.
 * {@code coverage} = committed ÷ budget × 100; the year is fully funded only at 100 % or more.
 */
public record FundingStatus(int year, String currency, BigDecimal budget, BigDecimal pledged,
                            BigDecimal commitments, BigDecimal receipts, BigDecimal receiptsWithoutCommitment,
                            BigDecimal committed, BigDecimal coverage, FundingLevel level) {

    /** The funding of {@code year} against its {@code budget}, from every funding entry of the project. */
    public static FundingStatus of(int year, String currency, BigDecimal budget, List<FundingEntry> funding) {
        BigDecimal pledged = BigDecimal.ZERO;
        BigDecimal commitments = BigDecimal.ZERO;
        BigDecimal receipts = BigDecimal.ZERO;
        Map<String, BigDecimal[]> groups = new LinkedHashMap<>();
        for (FundingEntry f : funding) {
            if (f.year() != year || f.kind() != FundingKind.COMMITMENT) {
                continue;
            }
            commitments = commitments.add(f.amount().amount());
            String key = key(f);
            if (key != null) {
                BigDecimal[] group = groups.computeIfAbsent(key,
                        k -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
                group[0] = group[0].add(f.amount().amount());
            }
        }
        BigDecimal committed = BigDecimal.ZERO;
        BigDecimal unmatched = BigDecimal.ZERO;
        for (FundingEntry f : funding) {
            if (f.year() != year) {
                continue;
            }
            if (f.kind() == FundingKind.PLEDGE) {
                pledged = pledged.add(f.amount().amount());
            } else if (f.kind() == FundingKind.RECEIPT) {
                receipts = receipts.add(f.amount().amount());
                BigDecimal[] group = key(f) == null ? null : groups.get(key(f));
                if (group == null) {
                    unmatched = unmatched.add(f.amount().amount());
                } else {
                    group[1] = group[1].add(f.amount().amount());
                }
            } else if (key(f) == null) {
                committed = committed.add(f.amount().amount());
            }
        }
        for (BigDecimal[] group : groups.values()) {
            committed = committed.add(group[0].max(group[1]));
        }
        committed = committed.add(unmatched);
        BigDecimal coverage = FinanceRounding.percent(committed, budget);
        FundingLevel level = committed.signum() <= 0 ? FundingLevel.NOT_FUNDED
                : committed.compareTo(budget) >= 0 ? FundingLevel.FULLY_FUNDED : FundingLevel.PARTLY_FUNDED;
        return new FundingStatus(year, currency, budget, pledged, commitments, receipts, unmatched, committed,
                coverage, level);
    }

    private static String key(FundingEntry f) {
        String reference = f.reference() == null ? "" : f.reference().strip();
        if (reference.isEmpty()) {
            return null;
        }
        return f.donor().strip().toLowerCase(Locale.ROOT) + "|" + reference.toLowerCase(Locale.ROOT);
    }

    /**
     * The status in words: "fully funded", "partly funded (62.5 % committed)", "not funded ($5,000 pledged, not
     * committed)". The coverage of a partly funded year is cut (not rounded) to two places, so that it never reads
     * 100 % while money is missing.
     */
    public String statusText() {
        return switch (level) {
            case FULLY_FUNDED -> "fully funded";
            case PARTLY_FUNDED -> "partly funded (" + FinanceRounding.plain(coverage.setScale(
                    FinanceRounding.PERCENT_PLACES, RoundingMode.DOWN)).toPlainString() + " % committed)";
            case NOT_FUNDED -> pledged.signum() > 0 ? "not funded (" + money(pledged) + " pledged, not committed)"
                    : "not funded";
        };
    }

    /** The report's header line, such as "Budget: Year 1 $45,000 – fully funded". */
    public String headline() {
        return "Budget: Year " + year + " " + money(budget) + " \u2013 " + statusText();
    }

    /** An amount for a sentence: "$45,000" when whole, "$45,000.50" otherwise; other currencies by their code. */
    String money(BigDecimal amount) {
        int places = FinanceRounding.minorUnit(currency);
        BigDecimal shown = amount.setScale(places, FinanceRounding.DISPLAY_ROUNDING);
        boolean whole = shown.compareTo(shown.setScale(0, RoundingMode.DOWN)) == 0;
        DecimalFormat format = new DecimalFormat(whole ? "#,##0" : "#,##0." + "0".repeat(places),
                DecimalFormatSymbols.getInstance(Locale.ROOT));
        format.setRoundingMode(RoundingMode.HALF_UP);
        String digits = format.format(shown);
        return "USD".equals(currency) ? (digits.startsWith("-") ? "-$" + digits.substring(1) : "$" + digits)
                : currency + " " + digits;
    }
}
