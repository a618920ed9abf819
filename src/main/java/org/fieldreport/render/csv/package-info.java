/** CSV renderings for scripts and spreadsheets: one header row, exact decimals, LF line ends. */
package org.fieldreport.render.csv;
