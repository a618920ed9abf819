/**
 * The PDF renderer: a report view laid into the XHTML template and typeset by Flying Saucer behind our own
 * interface, with bundled embedded fonts, vector charts, confined resource loading and byte-identical output.
 */
package org.fieldreport.render.pdf;
