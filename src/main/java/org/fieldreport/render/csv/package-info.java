/** CSV renderings for spreadsheets and scripts: one header row, exact numbers, LF line ends. */
package org.fieldreport.render.csv;
