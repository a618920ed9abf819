package org.fieldreport.render.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.fieldreport.problem.FieldReportException;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

class XhtmlParserTest {

    @Test
    void aDoctypeIsRefusedSoNoEntityCanReadAFile() {
        String xxe = "<?xml version=\"1.0\"?>\n<!DOCTYPE html [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n"
                + "<html><body>&x;</body></html>";
        assertThatThrownBy(() -> XhtmlParser.parse(xxe, "template report.ftlh"))
                .isInstanceOf(FieldReportException.class)
                .hasMessageStartingWith("template report.ftlh produced XHTML that is not well-formed at line 2, "
                        + "column ")
                .hasMessageContaining("DOCTYPE");
    }

    @Test
    void aWellFormedDocumentParses() {
        Document d = XhtmlParser.parse("<html xmlns=\"http://www.w3.org/1999/xhtml\"><body><p>a &amp; b</p>"
                + "</body></html>", "t");
        assertThat(d.getDocumentElement().getTextContent()).isEqualTo("a & b");
    }

    @Test
    void anUnclosedTagNamesLineAndColumn() {
        assertThatThrownBy(() -> XhtmlParser.parse("<html>\n<p>\n</html>", "template report.ftlh"))
                .isInstanceOf(FieldReportException.class)
                .hasMessageStartingWith("template report.ftlh produced XHTML that is not well-formed at line 3, "
                        + "column 3:");
    }
}
