package org.fieldreport.model;

import java.time.LocalDate;

/** One outreach team's night in one area, with the counts the team recorded. */
public record OutreachNight(
        LocalDate date,
        String area,
        String team,
        int staff,
        int childrenContacted,
        int newChildren,
        int girls,
        int boys,
        int interventions,
        int disclosures,
        int referrals,
        SourceRef source) {
}
