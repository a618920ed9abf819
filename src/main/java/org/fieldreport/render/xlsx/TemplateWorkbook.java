package org.fieldreport.render.xlsx;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.ss.formula.FormulaParser;
import org.apache.poi.ss.formula.FormulaType;
import org.apache.poi.ss.formula.ptg.AreaErrPtg;
import org.apache.poi.ss.formula.ptg.DeletedArea3DPtg;
import org.apache.poi.ss.formula.ptg.DeletedRef3DPtg;
import org.apache.poi.ss.formula.ptg.ErrPtg;
import org.apache.poi.ss.formula.ptg.NamePtg;
import org.apache.poi.ss.formula.ptg.NameXPxg;
import org.apache.poi.ss.formula.ptg.OperandPtg;
import org.apache.poi.ss.formula.ptg.Ptg;
import org.apache.poi.ss.formula.ptg.RefErrorPtg;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.HeaderFooter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFEvaluationWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.fieldreport.problem.ExitCode;
import org.fieldreport.problem.FieldReportException;
import org.fieldreport.problem.Problem;
import org.fieldreport.render.OutputFile;
import org.jxls.transform.poi.JxlsPoiTemplateFillerBuilder;

/**
 * A workbook template of the project (a donor's financial report, say) filled with the published values by JXLS,
 * then recalculated and audited ({@link TemplateAudit}). The template keeps its own styles, formulas, merged cells,
 * images and print setup; JXLS repeats the rows of a {@code jx:each} comment and widens the template's formulas
 * over them; the placeholders are those of {@link TemplatePlaceholders}, so a template cannot reach anything but
 * the values. A sheet without a {@code jx:area} comment is filled whole. Formulas built from placeholders
 * ({@code $[...]}) are refused: a placeholder's text must never become a formula.
 *
 * <p>The same template, values and {@code asOf} give the same bytes (core properties reset, zip entries stamped).
 */
public final class TemplateWorkbook {

    /** The problem code of every audit finding. */
    public static final String FINDING = "workbook-template";

    /** The largest template read, in bytes. */
    public static final long MAX_BYTES = 20L * 1024 * 1024;

    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([^}]*)}");
    private static final Pattern ATTRIBUTE = Pattern.compile("\\w+\\s*=\\s*\"([^\"]*)\"");

    private final byte[] filled;
    private final List<Problem> findings;
    private final Instant asOf;

    private TemplateWorkbook(byte[] filled, List<Problem> findings, Instant asOf) {
        this.filled = filled;
        this.findings = findings;
        this.asOf = asOf;
    }

    /** The audit's findings, each naming the sheet and cell (warnings). */
    public List<Problem> findings() {
        return findings;
    }

    /**
     * Fills {@code template} (named {@code name} in messages, as project.yaml names it) with {@code view}'s
     * values. A template that is no workbook, is too large or that JXLS cannot read is a project-file error.
     */
    public static TemplateWorkbook fill(Path template, String name, WorkbookView view, Instant asOf) {
        return fill(template, name, view, asOf, TemplatePlaceholders.MAX_EVALUATIONS);
    }

    /** The same, stopping after {@code maxEvaluations} placeholders (smaller than the default only in tests). */
    static TemplateWorkbook fill(Path template, String name, WorkbookView view, Instant asOf, int maxEvaluations) {
        TemplateAudit audit = new TemplateAudit(name);
        TemplateValues values = new TemplateValues(view);
        TemplatePlaceholders placeholders = new TemplatePlaceholders(values, maxEvaluations);
        TemplateAudit.Checks checks = new TemplateAudit.Checks();
        Map<String, String> commandCells = new LinkedHashMap<>();
        byte[] prepared = prepare(read(template, name), name, audit, commandCells);
        Map<String, Object> data = values.data();
        data.put(TemplateCheckCommand.CHECKS, checks);
        byte[] raw;
        try {
            raw = JxlsPoiTemplateFillerBuilder.newInstance()
                    .withTemplate(new ByteArrayInputStream(prepared))
                    .withExpressionEvaluatorFactory(placeholders)
                    .withLogger(new TemplateLog(audit))
                    .withCommand("check", TemplateCheckCommand.class)
                    .withRecalculateFormulasBeforeSaving(false)
                    .buildAndFill(data);
        } catch (RuntimeException e) {
            // JXLS's commands act on what the template's comments say (an updater or image named by a value, say):
            // whatever a template makes JXLS throw is the template's fault, said as such
            throw new FieldReportException(ExitCode.USAGE, name + ": the template cannot be filled: "
                    + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()), e);
        }
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(raw))) {
            audit.unknownPlaceholders(workbook);
            headersAndFooters(workbook, placeholders, values.data(), audit);
            audit.protectText(workbook);
            audit.recalculate(workbook);
            audit.checks(workbook, checks);
            audit.unknownInCommands(placeholders.unknownInCommands(), commandCells);
            audit.linesNotShown(values.linesNotShown());
            describe(workbook, view, asOf);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return new TemplateWorkbook(out.toByteArray(), audit.findings(), asOf);
        } catch (IOException e) {
            throw new IllegalStateException("a workbook JXLS wrote could not be read back", e);
        }
    }

    /** Writes the filled workbook to {@code out} atomically, with fixed zip entry times and order. */
    public void writeTo(Path out) {
        try {
            Path raw = Files.createTempFile("fieldreport-template-", ".xlsx");
            try {
                Files.write(raw, filled);
                OutputFile.write(out, stream -> StableZip.rewrite(raw, stream,
                        asOf.atOffset(ZoneOffset.UTC).toLocalDateTime()));
            } finally {
                Files.deleteIfExists(raw);
            }
        } catch (IOException e) {
            throw new FieldReportException(ExitCode.OUTPUT_FAILED, "cannot write " + out + ": " + e.getMessage(), e);
        }
    }

    private static byte[] read(Path template, String name) {
        try {
            if (!Files.isRegularFile(template)) {
                throw new FieldReportException(ExitCode.USAGE, name + ": no such workbook template");
            }
            if (Files.size(template) > MAX_BYTES) {
                throw new FieldReportException(ExitCode.USAGE, name + ": the template is larger than "
                        + MAX_BYTES / (1024 * 1024) + " MB");
            }
            return Files.readAllBytes(template);
        } catch (IOException e) {
            throw new FieldReportException(ExitCode.USAGE, name + ": cannot read the template: " + e.getMessage(),
                    e);
        }
    }

    /**
     * The template as JXLS is given it: {@code $[...]} cells emptied (a finding each), a {@code jx:area} over the
     * used cells of each sheet that has none, and the template cell of every command's attribute noted.
     */
    private static byte[] prepare(byte[] template, String name, TemplateAudit audit, Map<String, String> commands) {
        try (InputStream in = new ByteArrayInputStream(template); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            for (Sheet sheet : workbook) {
                boolean area = false;
                for (Map.Entry<CellAddress, ? extends Comment> e : sheet.getCellComments().entrySet()) {
                    String text = e.getValue().getString().getString();
                    area |= text.contains("jx:area");
                    Matcher m = ATTRIBUTE.matcher(text);
                    while (m.find()) {
                        commands.putIfAbsent(m.group(1), sheet.getSheetName() + "!" + e.getKey().formatAsString());
                    }
                }
                userFormulas(sheet, audit);
                formulas(workbook, sheet, audit);
                if (!area && sheet.getLastRowNum() >= 0 && sheet.getPhysicalNumberOfRows() > 0) {
                    fillWhole(workbook, sheet);
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException | RuntimeException e) {
            throw new FieldReportException(ExitCode.USAGE, name + ": not an .xlsx workbook (" + e.getMessage()
                    + "); save the template from Excel or LibreOffice as Excel 2007-365 (.xlsx)", e);
        }
    }

    private static void userFormulas(Sheet sheet, TemplateAudit audit) {
        for (Row row : sheet) {
            for (Cell cell : row) {
                if (cell.getCellType() == CellType.STRING && cell.getStringCellValue().startsWith("$[")) {
                    audit.add(new CellReference(sheet.getSheetName(), cell.getRowIndex(), cell.getColumnIndex(),
                            false, false).formatAsString(), "a formula made of placeholders ("
                            + cell.getStringCellValue() + ") is not filled, the cell is left empty",
                            "write the formula itself in the cell; JXLS widens it over the repeated rows");
                    cell.setBlank();
                }
            }
        }
    }

    /**
     * The template's own formulas before JXLS sees them: one that refers to a deleted cell ({@code #REF!}) is a
     * finding at its template cell (JXLS would quietly make it 0); one that refers to no cell at all
     * ({@code =TODAY()}) is kept as it is by a {@code jx:params(defaultValue)} comment, as JXLS would make it 0 too.
     */
    private static void formulas(XSSFWorkbook workbook, Sheet sheet, TemplateAudit audit) {
        XSSFEvaluationWorkbook parsing = XSSFEvaluationWorkbook.create(workbook);
        for (Row row : sheet) {
            for (Cell cell : row) {
                if (cell.getCellType() != CellType.FORMULA) {
                    continue;
                }
                Ptg[] tokens;
                try {
                    tokens = FormulaParser.parse(cell.getCellFormula(), parsing, FormulaType.CELL,
                            workbook.getSheetIndex(sheet));
                } catch (RuntimeException e) {
                    continue; // what POI cannot parse, the recalculation reports where JXLS put it
                }
                boolean refers = false;
                boolean dangling = false;
                for (Ptg t : tokens) {
                    refers |= t instanceof OperandPtg && !(t instanceof NamePtg || t instanceof NameXPxg);
                    dangling |= t instanceof RefErrorPtg || t instanceof AreaErrPtg || t instanceof DeletedRef3DPtg
                            || t instanceof DeletedArea3DPtg || (t instanceof ErrPtg e && e.getErrorCode()
                            == FormulaError.REF.getCode());
                }
                String where = "template cell " + sheet.getSheetName() + "!" + cell.getAddress().formatAsString();
                if (dangling) {
                    audit.add(where, "=" + cell.getCellFormula() + " refers to a deleted cell (#REF!)",
                            "correct the formula in the template");
                } else if (!refers && cell.getCellFormula().indexOf('\u2033') < 0) {
                    keep(workbook, sheet, cell, "jx:params(defaultValue=\u2033" + cell.getCellFormula() + "\u2033)");
                }
            }
        }
    }

    /** A {@code jx:area} comment on A1 over every used cell of {@code sheet}, before any comment A1 has. */
    private static void fillWhole(XSSFWorkbook workbook, Sheet sheet) {
        int lastColumn = 0;
        for (Row row : sheet) {
            lastColumn = Math.max(lastColumn, row.getLastCellNum() - 1);
        }
        String area = "jx:area(lastCell=\"" + new CellReference(sheet.getLastRowNum(), Math.max(lastColumn, 0))
                .formatAsString() + "\")";
        Row first = sheet.getRow(0) == null ? sheet.createRow(0) : sheet.getRow(0);
        keep(workbook, sheet, first.getCell(0) == null ? first.createCell(0) : first.getCell(0), area);
    }

    /** Adds {@code line} before the lines of {@code cell}'s comment (a new comment when it has none). */
    private static void keep(XSSFWorkbook workbook, Sheet sheet, Cell cell, String line) {
        Comment comment = cell.getCellComment();
        if (comment == null) {
            ClientAnchor anchor = workbook.getCreationHelper().createClientAnchor();
            anchor.setRow1(cell.getRowIndex());
            anchor.setCol1(cell.getColumnIndex());
            anchor.setRow2(cell.getRowIndex() + 2);
            anchor.setCol2(cell.getColumnIndex() + 2);
            comment = sheet.createDrawingPatriarch().createCellComment(anchor);
            comment.setString(workbook.getCreationHelper().createRichTextString(line));
            cell.setCellComment(comment);
        } else {
            comment.setString(workbook.getCreationHelper().createRichTextString(line + "\n"
                    + comment.getString().getString()));
        }
    }

    /**
     * The placeholders of every sheet's header and footer (JXLS fills cells only): period and project in the page
     * footer, say. A value's {@code &} is doubled, so that it is not read as a header code.
     */
    private static void headersAndFooters(XSSFWorkbook workbook, TemplatePlaceholders placeholders,
                                          Map<String, Object> data, TemplateAudit audit) {
        for (Sheet sheet : workbook) {
            for (HeaderFooter part : List.of(sheet.getHeader(), sheet.getFooter())) {
                String where = "the header or footer of sheet " + sheet.getSheetName();
                part.setLeft(filled(part.getLeft(), placeholders, data, audit, where));
                part.setCenter(filled(part.getCenter(), placeholders, data, audit, where));
                part.setRight(filled(part.getRight(), placeholders, data, audit, where));
            }
        }
    }

    private static String filled(String text, TemplatePlaceholders placeholders, Map<String, Object> data,
                                 TemplateAudit audit, String where) {
        if (text == null || !text.contains("${")) {
            return text;
        }
        Matcher m = PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            Object value = placeholders.resolve(m.group(1), data);
            String shown;
            if (value instanceof String || value instanceof java.math.BigDecimal
                    || value instanceof java.time.LocalDate) {
                shown = value.toString().replace("&", "&&");
            } else {
                audit.add(where, "the placeholder ${" + m.group(1) + "} names no text or figure", null);
                shown = m.group();
            }
            m.appendReplacement(out, Matcher.quoteReplacement(shown));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** Core properties: the project, title and period only; no person's name; times from {@code asOf}. */
    private static void describe(XSSFWorkbook workbook, WorkbookView view, Instant asOf) {
        POIXMLProperties.CoreProperties core = workbook.getProperties().getCoreProperties();
        WorkbookView.Summary s = view.summary();
        core.setTitle(s.projectName() + " – " + s.periodLabel());
        core.setSubjectProperty(s.projectCode() + " – " + s.periodLabel());
        core.setCreator("fieldreport");
        core.setLastModifiedByUser("");
        core.setDescription("");
        core.setKeywords(view.audience().confidential() ? SheetFrame.CONFIDENTIAL : "");
        core.setCreated(Optional.of(Date.from(asOf)));
        core.setModified(Optional.of(Date.from(asOf)));
        var extended = workbook.getProperties().getExtendedProperties().getUnderlyingProperties();
        extended.setCompany("");
        extended.setManager("");
        workbook.setForceFormulaRecalculation(true);
    }
}
