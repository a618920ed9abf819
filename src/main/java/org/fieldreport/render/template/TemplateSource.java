package org.fieldreport.render.template;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Where a report template comes from: a project's template folder (optional) first, then the default template
 * bundled in the jar. Files are read only by relative names that stay inside the folder: no absolute paths, no
 * {@code ..}, no schemes, and no symbolic link that leads out of the folder.
 */
public final class TemplateSource {

    /** The folder of the bundled templates on the classpath. */
    public static final String BUNDLED_ROOT = "templates/";
    /** The default template's name. */
    public static final String DEFAULT_NAME = "annual-report";
    /** The entry file every template has. */
    public static final String ENTRY = "report.ftlh";

    private static final Pattern SAFE_NAME = Pattern.compile("[A-Za-z0-9._-]+(/[A-Za-z0-9._-]+)*");

    private final Path folder;
    private final String bundledName;

    private TemplateSource(Path folder, String bundledName) {
        this.folder = folder;
        this.bundledName = bundledName;
    }

    /** The default template bundled in the jar. */
    public static TemplateSource bundled() {
        return new TemplateSource(null, DEFAULT_NAME);
    }

    /** A project's template folder, falling back to the bundled default for any file it does not have. */
    public static TemplateSource folder(Path folder) {
        return new TemplateSource(folder.toAbsolutePath().normalize(), DEFAULT_NAME);
    }

    /** The project's folder, if there is one. */
    public Optional<Path> projectFolder() {
        return Optional.ofNullable(folder);
    }

    /** The classpath folder of the bundled fallback, with a leading slash, for class-based loaders. */
    public String bundledFolder() {
        return "/" + BUNDLED_ROOT + bundledName;
    }

    /** For messages: the folder, or "the bundled template". */
    public String describe() {
        return folder == null ? "the bundled template " + bundledName : folder.toString();
    }

    /** True when {@code name} is a plain relative name that cannot leave the template folder. */
    public static boolean isSafeName(String name) {
        if (name == null || !SAFE_NAME.matcher(name).matches()) {
            return false;
        }
        for (String part : name.split("/")) {
            if (part.equals("..") || part.equals(".")) {
                return false;
            }
        }
        return true;
    }

    /**
     * The bytes of the file at a relative {@code name}: from the project's folder if it has it (and it resolves,
     * links followed, to a regular file inside the folder), else from the bundled template; empty if neither has
     * it or the name is not safe.
     */
    public Optional<byte[]> read(String name) {
        if (!isSafeName(name)) {
            return Optional.empty();
        }
        try {
            if (folder != null) {
                Path candidate = folder.resolve(name).normalize();
                if (candidate.startsWith(folder) && Files.exists(candidate)) {
                    Path real = candidate.toRealPath();
                    Path realFolder = folder.toRealPath();
                    if (!real.startsWith(realFolder) || !Files.isRegularFile(real, LinkOption.NOFOLLOW_LINKS)) {
                        return Optional.empty();
                    }
                    return Optional.of(Files.readAllBytes(real));
                }
            }
            try (InputStream in = TemplateSource.class.getResourceAsStream(bundledFolder() + "/" + name)) {
                return in == null ? Optional.empty() : Optional.of(in.readAllBytes());
            }
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
