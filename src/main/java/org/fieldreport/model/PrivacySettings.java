package org.fieldreport.model;

import java.util.List;

/**
 * Small-cell suppression settings: counts of people below {@code threshold} (below {@code sensitiveThreshold} for
 * sensitive indicators, below {@code publicThreshold} everywhere in public output) are hidden;
 * {@code sensitiveDetail} lets sensitive indicators show breakdowns in donor output; {@code denyList} is a file of
 * names (outside the data folder) that narrative must never contain.
 *
 * <p>{@code sensitiveActivities} names the activities whose every figure (an indicator that counts only them, a
 * breakdown cell, a session count, a chart bar, a workbook row) follows the rules of sensitive figures; when not
 * declared, the project file reader fills in the activities that sensitive indicators filter on.
 * {@code childCodes} is a regular expression matching the project's child codes, such as {@code (RF|SMC)-[0-9]{4}}:
 * any text it matches (any case) is masked before it reaches an output, a message or a log, beside the codes the
 * attendance file names and the shapes learned from them (see {@code privacy.ChildCodeMask}).
 */
public record PrivacySettings(
        Integer threshold, Integer sensitiveThreshold, Integer publicThreshold, Boolean sensitiveDetail,
        String denyList, List<String> sensitiveActivities, String childCodes) {

    /** The largest deny-list file read: far above any list of names, far below what could exhaust memory. */
    public static final long DENY_LIST_LARGEST_BYTES = 1024 * 1024;

    public PrivacySettings {
        threshold = threshold == null ? 5 : threshold;
        sensitiveThreshold = sensitiveThreshold == null ? 10 : sensitiveThreshold;
        publicThreshold = publicThreshold == null ? 10 : publicThreshold;
        sensitiveDetail = sensitiveDetail != null && sensitiveDetail;
        sensitiveActivities = sensitiveActivities == null ? null : List.copyOf(sensitiveActivities);
    }

    /** Settings without sensitive activities or a child-code pattern declared. */
    public PrivacySettings(Integer threshold, Integer sensitiveThreshold, Integer publicThreshold,
                           Boolean sensitiveDetail, String denyList) {
        this(threshold, sensitiveThreshold, publicThreshold, sensitiveDetail, denyList, null, null);
    }

    public static PrivacySettings defaults() {
        return new PrivacySettings(null, null, null, null, null);
    }

    /** These settings with the sensitive activities given, when none were declared. */
    public PrivacySettings withSensitiveActivitiesIfUndeclared(List<String> activities) {
        return sensitiveActivities != null ? this : new PrivacySettings(threshold, sensitiveThreshold,
                publicThreshold, sensitiveDetail, denyList, activities, childCodes);
    }

    /** The sensitive activities, empty when none. */
    public List<String> sensitiveActivityList() {
        return sensitiveActivities == null ? List.of() : sensitiveActivities;
    }
}
