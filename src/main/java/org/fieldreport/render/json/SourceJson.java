package org.fieldreport.render.json;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.fieldreport.model.SourceFile;
import org.fieldreport.problem.ProblemList;

/** The provenance of one input file as JSON, shared by every JSON output. */
public final class SourceJson {

    private SourceJson() {
    }

    public static ObjectNode file(SourceFile s, ProblemList problems) {
        ObjectNode o = Json.object();
        o.put("kind", s.kind().key());
        o.put("file", s.file());
        o.put("present", s.present());
        o.put("sha256", s.sha256());
        o.put("bytes", s.bytes());
        o.put("rows_read", s.rowsRead());
        o.put("accepted", s.accepted());
        o.put("excluded", s.excluded());
        o.put("errors", problems.errorCount(s.file()));
        o.put("warnings", problems.warningCount(s.file()));
        if (!s.columnTotals().isEmpty() || s.unreadableAmounts() > 0) {
            ObjectNode totals = o.putObject("amounts");
            s.columnTotals().forEach((currency, total) -> {
                ObjectNode c = totals.putObject(currency);
                c.put("file_total", total);
                c.put("accepted", s.acceptedTotals().getOrDefault(currency, java.math.BigDecimal.ZERO));
                c.put("excluded", s.excludedTotals().getOrDefault(currency, java.math.BigDecimal.ZERO));
            });
            o.put("unreadable_amounts", s.unreadableAmounts());
        }
        return o;
    }
}
