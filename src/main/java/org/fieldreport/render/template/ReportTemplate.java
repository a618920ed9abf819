package org.fieldreport.render.template;

import freemarker.cache.ClassTemplateLoader;
import freemarker.cache.FileTemplateLoader;
import freemarker.cache.MultiTemplateLoader;
import freemarker.cache.TemplateLoader;
import freemarker.core.ParseException;
import freemarker.core.TemplateClassResolver;
import freemarker.core.XHTMLOutputFormat;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import freemarker.template.TemplateNotFoundException;
import freemarker.ext.beans.BeansWrapper;
import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;
import org.fieldreport.problem.ExitCode;
import org.fieldreport.problem.FieldReportException;

/**
 * Fills a report template ({@code report.ftlh}) with template data and returns the XHTML text. FreeMarker is
 * locked down: {@code ?new} may instantiate no class, {@code ?api} is off, templates load only from the template
 * folder and the bundled default, the object wrapper exposes no Java methods (the data is plain maps, lists and
 * strings anyway), and locale, time zone and number format are fixed so the output never depends on the machine.
 * Output is XHTML with auto-escaping, whatever the file extension.
 */
public final class ReportTemplate {

    private ReportTemplate() {
    }

    /**
     * Fills the template's entry file.
     *
     * @throws FieldReportException with {@link ExitCode#USAGE} naming the template file, line and column when
     *                              the template is wrong or tries something it may not
     */
    public static String fill(TemplateSource source, Map<String, Object> data) {
        Configuration configuration = configuration(source);
        try {
            Template template = configuration.getTemplate(TemplateSource.ENTRY);
            StringWriter out = new StringWriter();
            template.process(data, out);
            return out.toString();
        } catch (TemplateNotFoundException e) {
            throw new FieldReportException(ExitCode.USAGE, "no " + TemplateSource.ENTRY + " in "
                    + source.describe() + " or the bundled template", e);
        } catch (ParseException e) {
            throw new FieldReportException(ExitCode.USAGE, "template " + e.getTemplateName() + ":"
                    + e.getLineNumber() + ":" + e.getColumnNumber() + ": " + firstLine(e.getEditorMessage()), e);
        } catch (TemplateException e) {
            throw new FieldReportException(ExitCode.USAGE, "template " + e.getTemplateSourceName() + ":"
                    + e.getLineNumber() + ":" + e.getColumnNumber() + ": " + firstLine(e.getMessageWithoutStackTop()),
                    e);
        } catch (IOException e) {
            throw new FieldReportException(ExitCode.USAGE, "cannot read the template in " + source.describe()
                    + ": " + e.getMessage(), e);
        } catch (SecurityException e) {
            // FileTemplateLoader's refusal of a file whose real path leaves the template folder
            throw new FieldReportException(ExitCode.USAGE, "cannot use the template in " + source.describe()
                    + ": a file it includes is a link that leads out of the template folder ("
                    + String.valueOf(e.getMessage()).replaceAll("\\s+", " ") + "); keep every file the template"
                    + " names inside its folder", e);
        }
    }

    static Configuration configuration(TemplateSource source) {
        Configuration c = new Configuration(Configuration.VERSION_2_3_34);
        c.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
        c.setAPIBuiltinEnabled(false);
        c.setRecognizeStandardFileExtensions(false);
        c.setOutputFormat(XHTMLOutputFormat.INSTANCE);
        c.setAutoEscapingPolicy(Configuration.ENABLE_IF_SUPPORTED_AUTO_ESCAPING_POLICY);
        DefaultObjectWrapperBuilder wrapper = new DefaultObjectWrapperBuilder(Configuration.VERSION_2_3_34);
        wrapper.setExposureLevel(BeansWrapper.EXPOSE_NOTHING);
        c.setObjectWrapper(wrapper.build());
        c.setTemplateLoader(loader(source));
        c.setLocalizedLookup(false);
        c.setLocale(Locale.ROOT);
        c.setTimeZone(TimeZone.getTimeZone("UTC"));
        c.setNumberFormat("computer");
        c.setBooleanFormat("c");
        c.setDefaultEncoding("UTF-8");
        c.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        c.setLogTemplateExceptions(false);
        c.setWrapUncheckedExceptions(true);
        c.setFallbackOnNullLoopVariable(false);
        return c;
    }

    private static TemplateLoader loader(TemplateSource source) {
        List<TemplateLoader> loaders = new ArrayList<>();
        source.projectFolder().ifPresent(folder -> {
            try {
                // FileTemplateLoader refuses any file whose real path leaves the folder (allowLinking false).
                loaders.add(new FileTemplateLoader(folder.toFile(), false));
            } catch (IOException e) {
                throw new FieldReportException(ExitCode.USAGE, "cannot open the template folder " + folder + ": "
                        + e.getMessage(), e);
            }
        });
        loaders.add(new ClassTemplateLoader(ReportTemplate.class, source.bundledFolder()));
        return new MultiTemplateLoader(loaders.toArray(TemplateLoader[]::new));
    }

    /** FreeMarker's message without its tips, stack and repeated location, on one line. */
    private static String firstLine(String message) {
        String m = message == null ? "" : message;
        int tips = m.indexOf("\n----");
        if (tips >= 0) {
            m = m.substring(0, tips);
        }
        return m.replaceAll("\\s*\\[in template [^\\]]*]", "").replaceAll("\\s+", " ").strip();
    }
}
