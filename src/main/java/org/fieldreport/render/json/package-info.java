/** JSON renderings: documented, versioned contracts for scripts, with exact decimals. */
package org.fieldreport.render.json;
