package org.fieldreport.bench;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.TreeMap;

/**
 * The reference engine of the benchmark: DuckDB, on two threads, computes from a project's CSV files the figures that
 * fieldreport reports for Year 1, and prints them as {@code key<TAB>value} lines with the keys {@link Figures} reads
 * from fieldreport's JSON. Run as its own process, so that its time and memory are measured like fieldreport's.
 *
 * <p>Usage: {@code DuckDbFigures attendance|expenses PROJECT_DIR}.
 */
public final class DuckDbFigures {

    /** Year 1 of the generated sample, half open: the generator always writes December 2018 to February 2020. */
    static final String Y1_START = "2018-12-01";
    static final String Y1_END = "2019-12-01";

    private DuckDbFigures() {
    }

    public static void main(String[] args) throws SQLException {
        Path data = Path.of(args[1]).resolve("data");
        Map<String, BigDecimal> figures = new TreeMap<>();
        try (Connection db = DriverManager.getConnection("jdbc:duckdb:");
             Statement sql = db.createStatement()) {
            sql.execute("SET threads=2");
            if (args[0].equals("attendance")) {
                attendance(sql, data.resolve("attendance.csv"), figures);
            } else {
                expenses(sql, data.resolve("expenses.csv"), data.resolve("rates.csv"), figures);
            }
        }
        figures.forEach((key, value) -> System.out.println(key + "\t" + value.toPlainString()));
    }

    private static void attendance(Statement sql, Path csv, Map<String, BigDecimal> out) throws SQLException {
        sql.execute("CREATE TEMP TABLE a AS SELECT date, site, activity,"
                + " coalesce(session, strftime(date, '%Y-%m-%d') || '|' || site || '|' || activity) AS session,"
                + " child_code FROM read_csv('" + csv + "', header = true, columns = {'date': 'DATE',"
                + " 'site': 'VARCHAR', 'activity': 'VARCHAR', 'session': 'VARCHAR', 'child_code': 'VARCHAR',"
                + " 'sex': 'VARCHAR', 'age': 'INTEGER'})");
        String y1 = " date >= DATE '" + Y1_START + "' AND date < DATE '" + Y1_END + "'";
        bySite(sql, "SELECT site, count(DISTINCT child_code) FROM a WHERE" + y1
                + " GROUP BY GROUPING SETS ((site), ())", "children_attending", out);
        bySite(sql, "SELECT site, count(DISTINCT child_code) FROM a WHERE activity = 'kids_club' AND" + y1
                + " GROUP BY GROUPING SETS ((site), ())", "kids_club_children", out);
        bySite(sql, "SELECT site, count(*) FROM a WHERE activity = 'kids_club' AND" + y1
                + " GROUP BY GROUPING SETS ((site), ())", "kids_club_attendances", out);
        bySite(sql, "SELECT site, count(DISTINCT session) FROM a WHERE activity = 'kids_club' AND" + y1
                + " GROUP BY GROUPING SETS ((site), ())", "kids_club_sessions", out);
        bySite(sql, "SELECT NULL, count(DISTINCT session) FROM a WHERE activity = 'arts' AND" + y1,
                "arts_sessions", out);
        bySite(sql, "SELECT NULL, count(DISTINCT session) FROM a WHERE activity = 'counselling' AND" + y1,
                "counselling_sessions", out);
        // first_time: a child counts when the first day it was ever seen falls in the period
        bySite(sql, "SELECT NULL, count(*) FROM (SELECT min(date) AS date FROM a GROUP BY child_code) WHERE" + y1,
                "new_children_attending", out);
    }

    private static void expenses(Statement sql, Path csv, Path rates, Map<String, BigDecimal> out)
            throws SQLException {
        sql.execute("CREATE TEMP TABLE e AS SELECT * FROM read_csv('" + csv + "', header = true, columns = {"
                + "'date': 'DATE', 'line_code': 'VARCHAR', 'description': 'VARCHAR', 'amount': 'DECIMAL(38,10)',"
                + " 'currency': 'VARCHAR', 'fx_rate': 'DECIMAL(38,10)', 'reference': 'VARCHAR'})");
        sql.execute("CREATE TEMP TABLE r AS SELECT * FROM read_csv('" + rates + "', header = true, columns = {"
                + "'month': 'VARCHAR', 'currency': 'VARCHAR', 'rate': 'DECIMAL(38,10)', 'source': 'VARCHAR'})");
        // Each row converted once and rounded half up to the cent, as fieldreport does (FinanceRounding.convert),
        // then summed exactly. The division is done on integers: DuckDB divides decimals as doubles, which can put
        // a row exactly half a cent away on the wrong side. A and R are the amount and the rate in units of 1e-10.
        String a = "CAST(e.amount * 10000000000 AS HUGEINT)";
        String r = "CAST(coalesce(nullif(e.fx_rate, 0), r.rate) * 10000000000 AS HUGEINT)";
        String cents = "CASE WHEN e.currency = 'USD' THEN CAST(e.amount * 100 AS HUGEINT)"
                + " ELSE sign(" + a + ") * ((200 * abs(" + a + ") + " + r + ") // (2 * " + r + ")) END";
        try (ResultSet rs = sql.executeQuery("SELECT e.line_code, CAST(sum(" + cents + ") AS VARCHAR) FROM e"
                + " LEFT JOIN r ON r.currency = e.currency AND r.month = strftime(e.date, '%Y-%m')"
                + " WHERE e.date >= DATE '" + Y1_START + "' AND e.date < DATE '" + Y1_END + "'"
                + " GROUP BY GROUPING SETS ((e.line_code), ())")) {
            while (rs.next()) {
                String line = rs.getString(1);
                out.put(line == null ? "total.period_actual" : "line." + line + ".period_actual",
                        new BigDecimal(rs.getString(2)).movePointLeft(2));
            }
        }
    }

    private static void bySite(Statement sql, String query, String id, Map<String, BigDecimal> out)
            throws SQLException {
        try (ResultSet rs = sql.executeQuery(query)) {
            while (rs.next()) {
                String site = rs.getString(1);
                out.put(site == null ? id : id + ".site." + site, rs.getBigDecimal(2));
            }
        }
    }
}
