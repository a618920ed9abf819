package org.fieldreport.validate;

import org.fieldreport.model.ProjectData;

/**
 * One cross-row check over the rows ingest accepted. A check reads the candidate data and records exclusions and
 * warnings; it never changes the data itself.
 */
public interface RowCheck {

    void check(ProjectData candidate, Exclusions out);
}
