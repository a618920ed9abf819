package org.fieldreport.app;

import org.fieldreport.model.ProjectData;
import org.fieldreport.privacy.ChildCodeMask;
import org.fieldreport.problem.Problems;

/**
 * A project read from its folder: the accepted data (child codes already masked in its free texts), every problem met
 * on the way (whose messages pass the mask, later ones too) and the mask, for texts read afterwards.
 */
public record LoadedProject(ProjectData data, Problems problems, ChildCodeMask childCodes) {
}
