package org.fieldreport.ingest;

import static org.fieldreport.ProjectCopy.copy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.fieldreport.model.ExchangeRate;
import org.fieldreport.model.Expense;
import org.fieldreport.model.FundingEntry;
import org.fieldreport.problem.Problem;
import org.fieldreport.problem.Problems;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reading one input file of a project into a table: as its declared encoding and delimiter say, with its hash and
 * size, and every data row either accepted or counted as excluded with a problem.
 */
class TableReaderTest {

    private static final Path BASE = Path.of("src/test/resources/errors/_base");

    @TempDir
    Path project;

    private final Problems problems = new Problems();

    private TableReader reader(String files) throws Exception {
        copy(BASE, project);
        if (!files.isEmpty()) {
            Files.writeString(project.resolve("project.yaml"), "files:\n" + files, StandardOpenOption.APPEND);
        }
        return new TableReader(ProjectFileReader.read(project), problems);
    }

    private List<String> problemLines() {
        return problems.all().stream().map(Problem::format).toList();
    }

    @Test
    void aDeclaredEncodingAndDelimiterAreHowTheFileIsRead() throws Exception {
        TableReader reader = reader("""
                  funding:
                    encoding: windows-1252
                    delimiter: "|"
                """);
        Files.write(project.resolve("data/funding.csv"), ("date|donor|kind|amount|currency|year|reference\n"
                + "2018-11-21|Fondation \u00e9l\u00e8ve; Paris|commitment|100.00|USD|1|GA-2\n")
                .getBytes(Charset.forName("windows-1252")));

        Table<List<FundingEntry>> funding = reader.read(InputFormats.FUNDING);

        assertThat(problemLines()).isEmpty();
        assertThat(funding.rows()).extracting(FundingEntry::donor).containsExactly("Fondation \u00e9l\u00e8ve; Paris");
    }

    @Test
    void aUtf16FileWithItsByteOrderMarkAndTabsIsReadWithoutDeclaringEither() throws Exception {
        byte[] bytes = ("\uFEFFmonth\tcurrency\trate\tsource\r\n2019-01\tKHR\t4050\t\"NBC, monthly\"\r\n")
                .getBytes(StandardCharsets.UTF_16LE);
        TableReader reader = reader("");
        Files.write(project.resolve("data/rates.csv"), bytes);

        Table<List<ExchangeRate>> rates = reader.read(InputFormats.RATES);

        assertThat(problemLines()).isEmpty();
        assertThat(rates.rows()).extracting(ExchangeRate::rateSource).containsExactly("NBC, monthly");
        assertThat(rates.rows().get(0).rate()).isEqualTo(new BigDecimal("4050"));
        assertThat(rates.sha256()).isEqualTo(sha256(bytes));
        assertThat(rates.bytes()).isEqualTo(bytes.length);
    }

    @Test
    void everyDataRowIsAcceptedOrExcludedAndTheAmountColumnReconciles() throws Exception {
        TableReader reader = reader("");
        Files.writeString(project.resolve("data/expenses.csv"), """
                date,line_code,description,amount,currency,fx_rate,reference,_uuid
                #date,#code,#description,#value,#currency,#rate,#ref,#id
                2019-03-10,P1,Transport,41000,KHR,4100,PV-001,u1

                2019-03-11,E1,Sewing machine,200.00,usd,,PV-002,u2
                2019-03-11,E1,Sewing machine,200.00,USD,,PV-002,u2
                2019-03-12,E1,Thread,12.50,USD,,,u3
                2019-03-13,E1,Needles,1,000.00,USD,,PV-004,u4
                """);

        Table<List<Expense>> expenses = reader.read(InputFormats.EXPENSES);

        assertThat(expenses.rows()).extracting(Expense::reference).containsExactly("PV-001", "PV-002", "");
        assertThat(expenses.rowsRead()).isEqualTo(5);
        assertThat(expenses.excludedRows()).isEqualTo(2);
        assertThat(expenses.columnTotals()).isEqualTo(Map.of("KHR", new BigDecimal("41000"),
                "USD", new BigDecimal("412.50")));
        assertThat(expenses.excludedTotals()).isEqualTo(Map.of("USD", new BigDecimal("200.00")));
        assertThat(expenses.unreadableAmounts()).isEqualTo(1);
        assertThat(problemLines()).containsExactly(
                "data/expenses.csv:6: warning: repeats the _uuid of line 5: the row was exported twice and is"
                        + " counted once",
                "data/expenses.csv:8: error: row has 9 fields, the header has 8; check for an unquoted delimiter"
                        + " or a missing field");
    }

    @Test
    void aBankStatementKeepsItsPaymentsAsSpendingAndCountsWhatItLeavesOut() throws Exception {
        TableReader reader = reader("""
                  expenses:
                    sign: spending_negative
                    include: {Type: [Payment, Fee]}
                    columns: {line_code: Budget code, amount: Amount}
                """);
        Files.writeString(project.resolve("data/expenses.csv"), """
                date,Type,description,Budget code,Amount
                2019-03-10,Payment,Fuel,P1,-120.00
                2019-03-11,Deposit,Grant instalment,P1,500.00
                2019-03-12,fee,Account fee,P1,-5.25
                2019-03-13,Transfer,To savings,P1,-300.00
                2019-03-14,Payment,Refund from garage,P1,20.00
                """);

        Table<List<Expense>> expenses = reader.read(InputFormats.EXPENSES);

        assertThat(expenses.rows()).extracting(e -> e.amount().amount())
                .containsExactly(new BigDecimal("120.00"), new BigDecimal("5.25"));
        assertThat(expenses.rowsRead()).isEqualTo(5);
        assertThat(expenses.excludedRows()).isEqualTo(3);
        // in the sense of spending: 120.00 - 500.00 + 5.25 + 300.00 - 20.00
        assertThat(expenses.columnTotals()).isEqualTo(Map.of("USD", new BigDecimal("-94.75")));
        assertThat(expenses.excludedTotals()).isEqualTo(Map.of("USD", new BigDecimal("-220.00")));
    }

    @Test
    void debitAndCreditColumnsGiveTheSpendingAndAnInflowIsLeftOut() throws Exception {
        TableReader reader = reader("""
                  expenses:
                    columns: {outflow: Debit, inflow: Credit}
                """);
        Files.writeString(project.resolve("data/expenses.csv"), """
                date,line_code,description,Debit,Credit
                2019-03-10,P1,Fuel,120.00,
                2019-03-11,P1,Grant instalment,,500.00
                2019-03-12,E1,Thread,-7.50,
                """);

        Table<List<Expense>> expenses = reader.read(InputFormats.EXPENSES);

        assertThat(problemLines()).containsExactly("data/expenses.csv:3: warning: 1 row is money coming in (an inflow"
                + " and no outflow), not spending (line 3): left out and counted as excluded in the reconciliation");
        assertThat(expenses.rows()).extracting(e -> e.amount().amount())
                .containsExactly(new BigDecimal("120.00"), new BigDecimal("7.50"));
        assertThat(expenses.excludedTotals()).isEqualTo(Map.of("USD", new BigDecimal("-500.00")));
    }

    @Test
    void aDeclaredDecimalCommaReadsPointsAsThousands() throws Exception {
        TableReader reader = reader("""
                  expenses:
                    decimal: comma
                """);
        Files.writeString(project.resolve("data/expenses.csv"), """
                date;line_code;description;amount;currency;fx_rate;reference
                2019-03-10;P1;Fuel;1.234,50;USD;;R1
                2019-03-11;P1;Rice;12,5;USD;;R2
                2019-03-12;P1;Bus;1,234;USD;;R3
                2019-03-13;P1;Riel;41.000;KHR;4100;R4
                """);

        Table<List<Expense>> expenses = reader.read(InputFormats.EXPENSES);

        assertThat(problemLines()).isEmpty();
        assertThat(expenses.rows()).extracting(e -> e.amount().amount()).containsExactly(new BigDecimal("1234.50"),
                new BigDecimal("12.5"), new BigDecimal("1.234"), new BigDecimal("41000"));
    }

    @Test
    void aFileThatStopsEarlyIsStillHashedWholeAndKeepsTheRowsBeforeItsFault() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes("""
                date,donor,kind,amount,currency,year,reference
                2018-11-20,Fund A,commitment,1600.00,USD,1,GA-1
                2018-11-21,"Fund B" and C,commitment,100.00,USD,1,GA-2
                """.getBytes(StandardCharsets.UTF_8));
        bytes.writeBytes("2018-11-22,Fund D,commitment,5.00,USD,1,GA-3\n".repeat(50_000)
                .getBytes(StandardCharsets.UTF_8));
        TableReader reader = reader("");
        Files.write(project.resolve("data/funding.csv"), bytes.toByteArray());

        Table<List<FundingEntry>> funding = reader.read(InputFormats.FUNDING);

        assertThat(funding.rows()).extracting(FundingEntry::donor).containsExactly("Fund A");
        assertThat(funding.rowsRead()).isEqualTo(1);
        assertThat(funding.sha256()).isEqualTo(sha256(bytes.toByteArray()));
        assertThat(funding.bytes()).isEqualTo(bytes.size());
        assertThat(problemLines()).containsExactly("data/funding.csv:3: error: text follows a closing quote before"
                + " the next delimiter, so the rest of the file could not be read; quote the whole field and double"
                + " any quote inside it (\"\")");
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
