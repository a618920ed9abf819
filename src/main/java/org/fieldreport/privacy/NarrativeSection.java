package org.fieldreport.privacy;

/**
 * One narrative section written by people in Markdown, as a report publishes it: its title, the file it came from
 * (as the user names it, for messages), the Markdown after figures were filled in from the published indicators and
 * names of the deny list refused (kept so that a problem can be pinned to a line and column) and the safe XHTML
 * fragment rendered from it.
 *
 * @param title      the section title (from the file's first level-one heading, or its file name)
 * @param sourceFile the narrative file, for example "narrative/02-update.md"
 * @param markdown   the Markdown text with placeholders filled in, line numbers unchanged
 * @param xhtml      well-formed XHTML body content; raw HTML and images already removed
 */
public record NarrativeSection(String title, String sourceFile, String markdown, String xhtml) {
}
