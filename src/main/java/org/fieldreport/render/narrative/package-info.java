/**
 * Narrative sections written by people in Markdown, turned into safe XHTML fragments with figures filled in by
 * indicator id; raw HTML and images never pass through.
 */
package org.fieldreport.render.narrative;
