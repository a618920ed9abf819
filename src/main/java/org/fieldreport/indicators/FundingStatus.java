package org.fieldreport.indicators;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.fieldreport.model.FundingEntry;

/**
 * How a project year's budget is funded, from funding.csv. Pledges, commitments and receipts are kept apart, per
 * donor. A receipt is money arriving against the commitments of the same donor (names compared trimmed and
 * case-insensitively) for the same year, whatever its reference, so it is never added to them: committed funding is
 * the commitments, plus whatever a donor sent beyond its commitments (all it sent when it committed nothing), which
 * is named as received without a commitment. A pledge never counts. {@code coverage} = committed ÷ budget × 100; the
 * year is fully funded only when the committed money covers the whole budget.
 */
public record FundingStatus(int year, String currency, BigDecimal budget, BigDecimal pledged,
                            BigDecimal commitments, BigDecimal receipts, BigDecimal receiptsWithoutCommitment,
                            BigDecimal committed, BigDecimal coverage, FundingLevel level, List<DonorFunding> donors) {

    public FundingStatus {
        donors = List.copyOf(donors);
    }

    /** The funding of {@code year} against its {@code budget}, from every funding entry of the project. */
    public static FundingStatus of(int year, String currency, BigDecimal budget, List<FundingEntry> funding) {
        Map<String, String> names = new LinkedHashMap<>();
        Map<String, BigDecimal[]> byDonor = new LinkedHashMap<>();
        for (FundingEntry f : funding) {
            if (f.year() != year) {
                continue;
            }
            String key = f.donor().strip().toLowerCase(Locale.ROOT);
            names.putIfAbsent(key, f.donor().strip());
            BigDecimal[] sums = byDonor.computeIfAbsent(key,
                    k -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO});
            int slot = switch (f.kind()) {
                case PLEDGE -> 0;
                case COMMITMENT -> 1;
                case RECEIPT -> 2;
            };
            sums[slot] = sums[slot].add(f.amount().amount());
        }
        List<DonorFunding> donors = new ArrayList<>();
        BigDecimal pledged = BigDecimal.ZERO;
        BigDecimal commitments = BigDecimal.ZERO;
        BigDecimal receipts = BigDecimal.ZERO;
        BigDecimal uncommitted = BigDecimal.ZERO;
        for (Map.Entry<String, BigDecimal[]> e : byDonor.entrySet()) {
            BigDecimal[] s = e.getValue();
            BigDecimal beyond = s[2].subtract(s[1]).max(BigDecimal.ZERO);
            donors.add(new DonorFunding(names.get(e.getKey()), s[0], s[1], s[2], beyond));
            pledged = pledged.add(s[0]);
            commitments = commitments.add(s[1]);
            receipts = receipts.add(s[2]);
            uncommitted = uncommitted.add(beyond);
        }
        BigDecimal committed = commitments.add(uncommitted);
        BigDecimal coverage = FinanceRounding.percent(committed, budget);
        FundingLevel level = committed.signum() <= 0 ? FundingLevel.NOT_FUNDED
                : committed.compareTo(budget) >= 0 ? FundingLevel.FULLY_FUNDED : FundingLevel.PARTLY_FUNDED;
        return new FundingStatus(year, currency, budget, pledged, commitments, receipts, uncommitted, committed,
                coverage, level, donors);
    }

    /** Whether the year is short of committed money: "partly funded" and "not funded" are warnings. */
    public boolean isWarning() {
        return level != FundingLevel.FULLY_FUNDED;
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
    public String money(BigDecimal amount) {
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
