/** Charts of a report view drawn with JFreeChart, in the bundled fonts, for any Graphics2D (PDF vector or PNG). */
package org.fieldreport.render.chart;
