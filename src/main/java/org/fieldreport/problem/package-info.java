/** Problems found in the input, each pinned to a file, line and column, and the collector that gathers them. */
package org.fieldreport.problem;
