/**
 * The HTML renderer: the same template as the PDF, written as one standalone HTML5 file (stylesheet and images
 * inlined, charts as high-resolution PNG) for a browser preview and for readers who need accessible text.
 */
package org.fieldreport.render.html;
