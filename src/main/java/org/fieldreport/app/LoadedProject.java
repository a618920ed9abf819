package org.fieldreport.app;

import org.fieldreport.model.ProjectData;
import org.fieldreport.problem.Problems;

/** A project read from its folder: the accepted data and every problem met on the way. */
public record LoadedProject(ProjectData data, Problems problems) {
}
