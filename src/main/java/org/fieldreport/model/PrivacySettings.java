package org.fieldreport.model;

/**
 * Small-cell suppression settings: counts of people below {@code threshold} (below {@code sensitiveThreshold} for
 * sensitive indicators, below {@code publicThreshold} everywhere in public output) are hidden;
 * {@code sensitiveDetail} lets sensitive indicators show breakdowns in donor output; {@code denyList} is a file of
 * names (outside the data folder) that narrative must never contain.
 */
public record PrivacySettings(
        Integer threshold, Integer sensitiveThreshold, Integer publicThreshold, Boolean sensitiveDetail,
        String denyList) {

    public PrivacySettings {
        threshold = threshold == null ? 5 : threshold;
        sensitiveThreshold = sensitiveThreshold == null ? 10 : sensitiveThreshold;
        publicThreshold = publicThreshold == null ? 10 : publicThreshold;
        sensitiveDetail = sensitiveDetail != null && sensitiveDetail;
    }

    public static PrivacySettings defaults() {
        return new PrivacySettings(null, null, null, null, null);
    }
}
