/** The Excel workbook: a format-neutral {@code WorkbookView} written as typed, formula-live, deterministic xlsx. */
package org.fieldreport.render.xlsx;
