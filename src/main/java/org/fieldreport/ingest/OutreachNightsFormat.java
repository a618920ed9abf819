package org.fieldreport.ingest;

import java.util.List;
import org.fieldreport.model.InputKind;
import org.fieldreport.model.OutreachNight;
import org.fieldreport.model.Project;

/** {@code outreach_nights.csv}: one row per team per night, with the counts the team recorded. */
public final class OutreachNightsFormat implements InputFormat<OutreachNight> {

    private static final List<Column> COLUMNS = List.of(
            Column.required("date", "date", "2019-03-04"),
            Column.required("area", "site", "Riverfront"),
            Column.required("team", "text", "Team A"),
            Column.optional("staff", "count", "3"),
            Column.required("children_contacted", "count", "12"),
            Column.optional("new_children", "count", "2"),
            Column.optional("girls", "count", "7"),
            Column.optional("boys", "count", "5"),
            Column.optional("interventions", "count", "0"),
            Column.optional("disclosures", "count", "0"),
            Column.optional("referrals", "count", "0"),
            Column.optional("notes", "text", "quiet night near the night market"));

    @Override
    public InputKind kind() {
        return InputKind.OUTREACH_NIGHTS;
    }

    @Override
    public List<Column> columns() {
        return COLUMNS;
    }

    @Override
    public OutreachNight parse(RowFields f, Project project) {
        var date = f.date("date");
        String area = f.oneOf("area", f.sites(), "area");
        String team = f.required("team");
        int staff = f.count("staff", false);
        int contacted = f.count("children_contacted", true);
        int newChildren = f.count("new_children", false);
        int girls = f.count("girls", false);
        int boys = f.count("boys", false);
        int interventions = f.count("interventions", false);
        int disclosures = f.count("disclosures", false);
        int referrals = f.count("referrals", false);
        f.refusePhoneNumbers("notes");
        if (f.hasErrors()) {
            return null;
        }
        if ((!f.text("girls").isEmpty() || !f.text("boys").isEmpty()) && girls + boys != contacted) {
            f.warning("sex-total", "children_contacted", "girls + boys (" + girls + " + " + boys + " = "
                    + (girls + boys) + ") differs from children_contacted (" + contacted + ")", null);
        }
        if (newChildren > contacted) {
            f.warning("new-above-contacted", "new_children", "new_children (" + newChildren
                    + ") is more than children_contacted (" + contacted + ")", null);
        }
        return new OutreachNight(date, area, team, staff, contacted, newChildren, girls, boys, interventions,
                disclosures, referrals, f.source());
    }
}
