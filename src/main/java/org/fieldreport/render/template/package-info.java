/**
 * Report templates: where they come from (a project's template folder, else the bundled default), the locked-down
 * FreeMarker engine that fills them with a report view, and the strict XHTML parser that reads the result.
 */
package org.fieldreport.render.template;
