package org.fieldreport.render.narrative;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Iterator;
import java.util.Locale;
import java.util.Optional;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;
import org.fieldreport.model.SourceRef;
import org.fieldreport.problem.Problem;

/**
 * The photos a narrative places: JPEG or PNG files inside the project's narrative folder, named by a Markdown
 * image. Each is decoded and written again from its pixels alone, so no metadata of the original (EXIF, with a
 * camera's GPS position; XMP; comments) reaches a report: a photo's location can tell where a child lives. A photo
 * wider than {@value #MAX_WIDTH} pixels is scaled down to that width. Anything else (an address, a file outside the
 * folder or reached through a link that leaves it, another format, a file too large) is refused with a warning
 * naming the narrative file and line, and the report is made without it.
 */
public final class NarrativePhotos {

    /** Wider than any column of an A4 page needs at print resolution. */
    static final int MAX_WIDTH = 1600;
    /** A photo from a phone is a few megabytes; anything much bigger is not a photo for a report. */
    static final long MAX_BYTES = 25L * 1024 * 1024;
    /** Decoded size bound, against an image that claims enormous dimensions in a small file. */
    static final long MAX_PIXELS = 50_000_000L;

    private final Path folder;

    /** Photos of no folder: every image is refused (for narrative rendered without a project folder). */
    public static final NarrativePhotos NONE = new NarrativePhotos(null);

    /** @param folder the narrative folder; images must lie inside it */
    public NarrativePhotos(Path folder) {
        this.folder = folder;
    }

    /** A photo ready to embed: a {@code data:} URI of the re-encoded pixels. */
    public record Photo(String dataUri, int width, int height) {
    }

    /**
     * The photo a Markdown image names, or empty with a warning added.
     *
     * @param destination the image's address as written
     * @param where       the narrative file, line and column of the image, for the warning
     */
    public Optional<Photo> load(String destination, SourceRef where, java.util.List<Problem> warnings) {
        Optional<Path> file = inside(destination);
        if (file.isEmpty()) {
            warnings.add(refused(where, "an image in the narrative names " + describe(destination)
                    + "; only JPEG and PNG files inside the narrative folder are placed",
                    "copy the photo into the narrative folder and name it by its file name"));
            return Optional.empty();
        }
        try {
            if (Files.size(file.get()) > MAX_BYTES) {
                warnings.add(refused(where, "the photo " + destination + " is larger than "
                        + MAX_BYTES / (1024 * 1024) + " MB", "save it smaller (a report needs about 1,600 pixels "
                        + "across)"));
                return Optional.empty();
            }
            BufferedImage image = decode(file.get());
            if (image == null) {
                warnings.add(refused(where, "the photo " + destination + " is not a JPEG or PNG image that can be "
                        + "read", "save it again as JPEG or PNG"));
                return Optional.empty();
            }
            boolean jpeg = isJpegName(file.get());
            BufferedImage scaled = scaled(image, jpeg);
            byte[] bytes = encode(scaled, jpeg);
            String uri = "data:image/" + (jpeg ? "jpeg" : "png") + ";base64,"
                    + Base64.getEncoder().encodeToString(bytes);
            return Optional.of(new Photo(uri, scaled.getWidth(), scaled.getHeight()));
        } catch (IOException | RuntimeException e) {
            warnings.add(refused(where, "the photo " + destination + " cannot be read", "save it again as JPEG or "
                    + "PNG"));
            return Optional.empty();
        }
    }

    /** The file a destination names, if it is a plain relative name of a JPEG or PNG that stays in the folder. */
    private Optional<Path> inside(String destination) {
        if (folder == null || destination.isEmpty() || destination.contains(":") || destination.startsWith("/")
                || destination.startsWith("\\") || destination.contains("\\")) {
            return Optional.empty();
        }
        String lower = destination.toLowerCase(Locale.ROOT);
        if (!(lower.endsWith(".jpg") || lower.endsWith(".jpeg") || lower.endsWith(".png"))) {
            return Optional.empty();
        }
        try {
            Path root = folder.toRealPath();
            Path candidate = folder.resolve(destination).normalize();
            if (!candidate.startsWith(folder.normalize()) || !Files.isRegularFile(candidate)) {
                return Optional.empty();
            }
            Path real = candidate.toRealPath();
            if (!real.startsWith(root) || !Files.isRegularFile(real, LinkOption.NOFOLLOW_LINKS)) {
                return Optional.empty();
            }
            return Optional.of(real);
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static String describe(String destination) {
        if (destination.contains("://") || destination.startsWith("data:")) {
            return "an address (" + (destination.length() > 60 ? destination.substring(0, 60) + "…" : destination)
                    + ")";
        }
        return "\"" + (destination.length() > 60 ? destination.substring(0, 60) + "…" : destination) + "\"";
    }

    private static boolean isJpegName(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".jpg") || name.endsWith(".jpeg");
    }

    /** Decodes the first image of the file after checking its dimensions, or null if no reader takes it. */
    private static BufferedImage decode(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file); ImageInputStream stream = ImageIO.createImageInputStream(in)) {
            if (stream == null) {
                return null;
            }
            Iterator<ImageReader> readers = ImageIO.getImageReaders(stream);
            if (!readers.hasNext()) {
                return null;
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(stream, true, true);
                String format = reader.getFormatName().toLowerCase(Locale.ROOT);
                if (!format.equals("jpeg") && !format.equals("png")) {
                    return null;
                }
                long pixels = (long) reader.getWidth(0) * reader.getHeight(0);
                if (pixels > MAX_PIXELS) {
                    throw new IOException("too many pixels");
                }
                return reader.read(0);
            } finally {
                reader.dispose();
            }
        }
    }

    private static BufferedImage scaled(BufferedImage image, boolean opaque) {
        int width = Math.min(MAX_WIDTH, image.getWidth());
        int height = Math.max(1, (int) Math.round((double) image.getHeight() * width / image.getWidth()));
        BufferedImage out = new BufferedImage(width, height,
                opaque ? BufferedImage.TYPE_INT_RGB : BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = out.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
            g.drawImage(image, 0, 0, width, height, null);
        } finally {
            g.dispose();
        }
        return out;
    }

    /** Writes pixels only: a fresh JPEG (quality 0.9) or PNG with no metadata of the original. */
    private static byte[] encode(BufferedImage image, boolean jpeg) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName(jpeg ? "jpeg" : "png").next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
            writer.setOutput(out);
            ImageWriteParam param = writer.getDefaultWriteParam();
            if (jpeg) {
                param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
                param.setCompressionQuality(0.9f);
            }
            writer.write(null, new IIOImage(image, null, null), param);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }

    private static Problem refused(SourceRef where, String message, String hint) {
        return Problem.warning("narrative-image", where, message, hint);
    }
}
