package org.fieldreport.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Set;
import org.fieldreport.ingest.ProjectFileReader;
import org.fieldreport.model.Project;
import org.fieldreport.problem.ExitCode;
import org.fieldreport.problem.FieldReportException;

/**
 * Where one project's outputs go: the output folder and the file name of each format
 * ({@code output.pattern}, {@code {code}_{period}_{audience}} by default, plus the format's extension). Refuses a
 * target that is one of the project's input files, and describes each file once it is written (size and SHA-256,
 * for the run summary). Each renderer writes its file atomically through {@code render.OutputFile}.
 */
final class OutputStaging {

    private final Path out;
    private final String base;
    private final Set<Path> inputs;

    private OutputStaging(Path out, String base, Set<Path> inputs) {
        this.out = out;
        this.base = base;
        this.inputs = inputs;
    }

    static OutputStaging of(Project project, ReportRequest request, String periodKey) {
        return of(project, request.out(), periodKey, request.audience().key());
    }

    /**
     * Outputs into {@code out} named by the project's pattern with {@code {audience}} read as {@code kind}: an
     * audience's key, or {@code budget} for the finance workbook.
     */
    static OutputStaging of(Project project, Path out, String periodKey, String kind) {
        String base = baseName(project, periodKey, kind);
        Set<Path> inputs = new HashSet<>();
        inputs.add(real(project.folder().resolve(ProjectFileReader.FILE_NAME)));
        for (var spec : project.files().values()) {
            inputs.add(real(project.resolve(spec.path())));
        }
        return new OutputStaging(out, base, inputs);
    }

    /**
     * The name of the project's outputs without the extension: {@code output.pattern} filled in. project.yaml's
     * reader has made sure the code and the pattern give one plain file name.
     */
    static String baseName(Project project, ReportRequest request, String periodKey) {
        return baseName(project, periodKey, request.audience().key());
    }

    private static String baseName(Project project, String periodKey, String kind) {
        return project.output().pattern()
                .replace("{code}", project.code())
                .replace("{period}", periodKey)
                .replace("{audience}", kind);
    }

    /** The file {@code format} is written to; an error when that file is one of the project's inputs. */
    Path target(OutputFormat format) {
        return target("", format);
    }

    /** The same, with {@code suffix} after the outputs' name: the file a workbook template is filled into. */
    Path target(String suffix, OutputFormat format) {
        Path target = out.resolve(base + suffix + "." + format.extension());
        if (!out.toAbsolutePath().normalize().equals(target.toAbsolutePath().normalize().getParent())) {
            throw new FieldReportException(ExitCode.USAGE, "refusing to write " + target
                    + ": the output name leaves the --out folder; check code and output.pattern in project.yaml");
        }
        if (inputs.contains(real(target))) {
            throw new FieldReportException(ExitCode.OUTPUT_FAILED, "refusing to write " + target
                    + ": it is one of the project's input files; choose another --out folder");
        }
        return target;
    }

    /** The written file of {@code format}, with its size and SHA-256. */
    WrittenOutput written(OutputFormat format) {
        return written(out.resolve(base + "." + format.extension()), format);
    }

    /** The written {@code file} of {@code format}, with its size and SHA-256. */
    WrittenOutput written(Path file, OutputFormat format) {
        try {
            byte[] bytes = Files.readAllBytes(file);
            return new WrittenOutput(file, format, bytes.length,
                    HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)));
        } catch (IOException e) {
            throw new FieldReportException(ExitCode.OUTPUT_FAILED, "cannot read back " + file + ": "
                    + e.getMessage(), e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private static Path real(Path p) {
        try {
            return p.toRealPath();
        } catch (IOException e) {
            return p.toAbsolutePath().normalize();
        }
    }
}
