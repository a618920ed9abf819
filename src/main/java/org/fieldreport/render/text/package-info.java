/** Plain-text and terminal renderings: aligned tables, colour only on a terminal. */
package org.fieldreport.render.text;
