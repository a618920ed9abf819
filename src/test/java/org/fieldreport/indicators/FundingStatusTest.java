package org.fieldreport.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.fieldreport.model.FundingKind;
import org.junit.jupiter.api.Test;

class FundingStatusTest {

    private static FundingStatus status(FinanceFixture f, String budget) {
        return FundingStatus.of(1, "USD", new BigDecimal(budget), f.funding);
    }

    @Test
    void aCommitmentOfTheWholeBudgetReadsFullyFunded() {
        FinanceFixture f = new FinanceFixture().fund(FundingKind.COMMITMENT, "Hope for Children Fund", "45000.00",
                "GA-2018-031");

        FundingStatus s = status(f, "45000.00");

        assertThat(s.level()).isEqualTo(FundingLevel.FULLY_FUNDED);
        assertThat(s.coverage()).isEqualByComparingTo("100");
        assertThat(s.headline()).isEqualTo("Budget: Year 1 $45,000 \u2013 fully funded");
    }

    @Test
    void aPledgeAloneNeverFunds() {
        FinanceFixture f = new FinanceFixture().fund(FundingKind.PLEDGE, "Donor B", "45000", "");

        FundingStatus s = status(f, "45000");

        assertThat(s.level()).isEqualTo(FundingLevel.NOT_FUNDED);
        assertThat(s.committed()).isEqualByComparingTo("0");
        assertThat(s.pledged()).isEqualByComparingTo("45000");
        assertThat(s.headline()).isEqualTo("Budget: Year 1 $45,000 \u2013 not funded ($45,000 pledged, not committed)");
    }

    @Test
    void aReceiptAgainstItsCommitmentIsNotCountedTwiceButAnUnmatchedReceiptCounts() {
        FinanceFixture f = new FinanceFixture()
                .fund(FundingKind.COMMITMENT, "Donor A", "30000", "GA-1")
                .fund(FundingKind.RECEIPT, "donor a ", "10000", "ga-1")
                .fund(FundingKind.RECEIPT, "Donor C", "5000", "")
                .fund(FundingKind.PLEDGE, "Donor B", "10000", "");

        FundingStatus s = status(f, "45000");

        // 30,000 committed by A (its 10,000 receipt is part of it) + 5,000 received from C = 35,000
        assertThat(s.commitments()).isEqualByComparingTo("30000");
        assertThat(s.receipts()).isEqualByComparingTo("15000");
        assertThat(s.receiptsWithoutCommitment()).isEqualByComparingTo("5000");
        assertThat(s.committed()).isEqualByComparingTo("35000");
        assertThat(s.coverage()).isEqualTo(new BigDecimal("77.7777777778"));
        assertThat(s.statusText()).isEqualTo("partly funded (77.77 % committed)");
        assertThat(s.isWarning()).isTrue();
        assertThat(s.donors()).extracting(DonorFunding::donor).containsExactly("Donor A", "Donor C", "Donor B");
        assertThat(s.donors().get(1).uncommitted()).isEqualByComparingTo("5000");
    }

    @Test
    void aReceiptWithAnotherReferenceIsStillMoneyAgainstItsDonorsCommitment() {
        // the case: 4,000,000 committed, 2,000,000 received under a transfer reference, budget 4,350,000
        FinanceFixture f = new FinanceFixture()
                .fund(FundingKind.COMMITMENT, "Donor A", "4000000", "GA-2019-01")
                .fund(FundingKind.RECEIPT, "Donor A", "2000000", "TT-88812");

        FundingStatus s = status(f, "4350000");

        // committed is the commitment alone; 4,000,000 / 4,350,000 = 91.954...%, cut to 91.95
        assertThat(s.committed()).isEqualByComparingTo("4000000");
        assertThat(s.receipts()).isEqualByComparingTo("2000000");
        assertThat(s.receiptsWithoutCommitment()).isEqualByComparingTo("0");
        assertThat(s.level()).isEqualTo(FundingLevel.PARTLY_FUNDED);
        assertThat(s.headline()).isEqualTo("Budget: Year 1 $4,350,000 \u2013 partly funded (91.95 % committed)");
    }

    @Test
    void receiptsAboveTheirCommitmentCountInFull() {
        FinanceFixture f = new FinanceFixture()
                .fund(FundingKind.COMMITMENT, "Donor A", "40000", "GA-1")
                .fund(FundingKind.RECEIPT, "Donor A", "45000", "GA-1");

        FundingStatus s = status(f, "45000");

        // 40,000 committed + the 5,000 received beyond it, named as received without a commitment
        assertThat(s.committed()).isEqualByComparingTo("45000");
        assertThat(s.receiptsWithoutCommitment()).isEqualByComparingTo("5000");
        assertThat(s.level()).isEqualTo(FundingLevel.FULLY_FUNDED);
        assertThat(s.isWarning()).isFalse();
    }

    @Test
    void anotherDonorsReceiptDoesNotMeetACommitment() {
        FinanceFixture f = new FinanceFixture()
                .fund(FundingKind.COMMITMENT, "Donor A", "20000", "GA-1")
                .fund(FundingKind.RECEIPT, "Donor B", "20000", "GA-1");

        FundingStatus s = status(f, "45000");

        assertThat(s.committed()).isEqualByComparingTo("40000");
        assertThat(s.receiptsWithoutCommitment()).isEqualByComparingTo("20000");
    }

    @Test
    void oneCentShortIsOnlyPartlyFunded() {
        FinanceFixture f = new FinanceFixture().fund(FundingKind.COMMITMENT, "Donor A", "44999.99", "GA-1");

        FundingStatus s = status(f, "45000");

        assertThat(s.level()).isEqualTo(FundingLevel.PARTLY_FUNDED);
        assertThat(s.headline()).isEqualTo("Budget: Year 1 $45,000 \u2013 partly funded (99.99 % committed)");
    }
}
