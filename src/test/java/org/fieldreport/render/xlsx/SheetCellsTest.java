package org.fieldreport.render.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SheetCellsTest {

    @Test
    void textStartingLikeAFormulaIsRecognised() {
        for (String s : new String[] {"=1", "+1", "-2+3", "@SUM(1)", "\tx", "\rx", "\nx", "\0x"}) {
            assertThat(SheetCells.startsLikeFormula(s)).as(s).isTrue();
        }
        for (String s : new String[] {"", "1+1", " =1", "Kids club", "<5", "'=1"}) {
            assertThat(SheetCells.startsLikeFormula(s)).as(s).isFalse();
        }
    }

    @Test
    void storableTextReplacesForbiddenControlCharactersAndKeepsTabsAndLineBreaks() {
        assertThat(SheetCells.storable("a\u0001b\tc\nd\re\u001Ff")).isEqualTo("a\uFFFDb\tc\nd\re\uFFFDf");
    }

    @Test
    void textLongerThanACellHoldsIsCut() {
        String stored = SheetCells.storable("x".repeat(40_000));
        assertThat(stored).hasSize(SheetCells.MAX_TEXT).endsWith("x…");
        assertThat(SheetCells.storable("x".repeat(SheetCells.MAX_TEXT))).hasSize(SheetCells.MAX_TEXT).doesNotContain("…");
    }

    @Test
    void theWidthOfAnAmountIsTheLengthOfItsText() {
        java.util.Random random = new java.util.Random(9);
        java.util.List<java.math.BigDecimal> amounts = new java.util.ArrayList<>();
        for (String s : new String[] {"0", "-0", "0.004", "-0.004", "-0.005", "0.005", "999.995", "-999.995",
                "999999.994", "1000", "-1000", "123456789012.5", "0E+3", "1E+7", "-5E-10", "99.5", "-99.5"}) {
            amounts.add(new java.math.BigDecimal(s));
        }
        for (int i = 0; i < 2000; i++) {
            amounts.add(java.math.BigDecimal.valueOf(random.nextLong() % 10_000_000_000L, random.nextInt(7) - 1));
        }
        for (java.math.BigDecimal amount : amounts) {
            for (String currency : new String[] {"USD", "KHR", "BHD"}) {
                assertThat(SheetCells.moneyTextLength(amount, currency)).as(amount + " " + currency)
                        .isEqualTo(SheetCells.moneyText(amount, currency).length());
            }
        }
    }

    @Test
    void moneyShowsItsCurrencysDecimalsAndNoTextAfterIt() {
        // the currency is named once, in the column header or the Currency column, never after every amount
        assertThat(WorkbookStyles.moneyFormat("USD")).isEqualTo("#,##0.00");
        assertThat(WorkbookStyles.moneyFormat("KHR")).isEqualTo("#,##0");
        assertThat(WorkbookStyles.moneyFormat("JPY")).isEqualTo("#,##0");
        assertThat(WorkbookStyles.moneyFormat("BHD")).isEqualTo("#,##0.000");
        assertThat(SheetCells.moneyText(new java.math.BigDecimal("-1234.565"), "USD")).isEqualTo("-1,234.57");
    }
}
