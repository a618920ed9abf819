package org.fieldreport.render.pdf;

import com.lowagie.text.Image;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;
import org.fieldreport.render.BundledFonts;
import org.fieldreport.render.template.TemplateSource;
import org.xhtmlrenderer.extend.FSImage;
import org.xhtmlrenderer.extend.UserAgentCallback;
import org.xhtmlrenderer.pdf.ITextFSImage;
import org.xhtmlrenderer.resource.CSSResource;
import org.xhtmlrenderer.resource.ImageResource;
import org.xhtmlrenderer.resource.XMLResource;
import org.xhtmlrenderer.simple.extend.XhtmlCssOnlyNamespaceHandler;
import org.xhtmlrenderer.util.Configuration;

/**
 * The only way Flying Saucer may fetch anything while typesetting a report. It serves files inside the template
 * folder (then the bundled template) by relative name, and the renderer's own default stylesheet from its jar;
 * it refuses {@code file:}, {@code http(s):}, {@code jar:} and every other address, and any name that would leave
 * the folder. Nothing is ever opened over the network. Each refusal is remembered, so the caller can report it.
 * Inline {@code data:} PNG and JPEG images are accepted (they fetch nothing), and so are the bundled fonts under
 * {@code bundled-font:}.
 */
final class ConfinedUserAgent implements UserAgentCallback {

    /**
     * The base address of the document: relative names resolve under it and are served from the template folder.
     * It is never opened: the {@code .invalid} domain cannot exist, and nothing here connects anywhere. It uses a
     * scheme {@link java.net.URL} knows because Flying Saucer prints to stdout when it cannot resolve an
     * {@code @import} against the base with {@code URL}.
     */
    static final String BASE = "https://template.fieldreport.invalid/";

    private final TemplateSource source;
    private final int dotsPerPixel;
    private final String defaultStylesheet;
    private final List<String> refusals = new ArrayList<>();
    private final Map<String, ImageResource> images = new HashMap<>();
    private String baseUrl = BASE;

    ConfinedUserAgent(TemplateSource source, int dotsPerPixel) {
        this.source = source;
        this.dotsPerPixel = dotsPerPixel;
        URL css = XhtmlCssOnlyNamespaceHandler.class.getResource(
                Configuration.valueFor("xr.css.user-agent-default-css") + "XhtmlNamespaceHandler.css");
        this.defaultStylesheet = css == null ? null : css.toString();
    }

    /** What was refused, in order, each with the reason. */
    List<String> refusals() {
        return List.copyOf(refusals);
    }

    @Override
    public CSSResource getCSSResource(String uri) {
        if (uri != null && uri.equals(defaultStylesheet)) {
            try (InputStream in = XhtmlCssOnlyNamespaceHandler.class.getResourceAsStream(
                    Configuration.valueFor("xr.css.user-agent-default-css") + "XhtmlNamespaceHandler.css")) {
                return new CSSResource(new ByteArrayInputStream(in.readAllBytes()));
            } catch (IOException | NullPointerException e) {
                throw new IllegalStateException("the renderer's default stylesheet is missing", e);
            }
        }
        byte[] bytes = load(uri, "stylesheet").orElse(new byte[0]);
        return new CSSResource(new ByteArrayInputStream(bytes));
    }

    @Override
    public ImageResource getImageResource(String uri) {
        // Asked again for the same image during layout and painting; load (or refuse) it once.
        ImageResource known = images.get(uri);
        if (known == null) {
            known = loadImage(uri);
            images.put(uri, known);
        }
        return known.getImage() == null ? known
                : new ImageResource(known.getImageUri(), (FSImage) ((ITextFSImage) known
                        .getImage()).clone());
    }

    private ImageResource loadImage(String uri) {
        Optional<byte[]> bytes = isInlineImage(uri) ? decodeInline(uri) : load(uri, "image");
        if (bytes.isEmpty()) {
            return new ImageResource(uri, null);
        }
        try {
            Image image = Image.getInstance(bytes.get());
            image.scaleAbsolute(image.getPlainWidth() * dotsPerPixel, image.getPlainHeight() * dotsPerPixel);
            return new ImageResource(uri, new ITextFSImage(image));
        } catch (IOException | RuntimeException e) {
            refusals.add(shorten(uri) + ": not a PNG, JPEG or GIF image the renderer can read");
            return new ImageResource(uri, null);
        }
    }

    @Override
    public XMLResource getXMLResource(String uri) {
        refusals.add(shorten(uri) + ": documents are never loaded by address");
        return null;
    }

    @Override
    public byte[] getBinaryResource(String uri) {
        if (uri != null && uri.startsWith(FlyingSaucerTypesetter.FONT_SCHEME)) {
            String name = uri.substring(FlyingSaucerTypesetter.FONT_SCHEME.length());
            for (BundledFonts face : BundledFonts.values()) {
                if (face.fileName().equals(name)) {
                    return face.bytes();
                }
            }
            refusals.add(shorten(uri) + ": no such bundled font");
            return null;
        }
        return load(uri, "file").orElse(null);
    }

    @Override
    public boolean isVisited(String uri) {
        return false;
    }

    @Override
    public void setBaseURL(String url) {
        baseUrl = url == null ? BASE : url;
    }

    @Override
    public String getBaseURL() {
        return baseUrl;
    }

    @Override
    public String resolveURI(String uri) {
        return resolve(uri);
    }

    /** An absolute address as it is; a relative one under {@link #BASE}. */
    static String resolve(String uri) {
        if (uri == null) {
            return null;
        }
        String trimmed = uri.strip();
        try {
            URI parsed = new URI(trimmed);
            if (parsed.isAbsolute()) {
                return trimmed;
            }
            return new URI(BASE).resolve(parsed).toString();
        } catch (URISyntaxException e) {
            return trimmed;
        }
    }

    private Optional<byte[]> load(String uri, String what) {
        if (uri == null) {
            return Optional.empty();
        }
        String resolved = resolveURI(uri);
        if (!resolved.startsWith(BASE)) {
            refusals.add(shorten(uri) + ": only files inside the template folder are served");
            return Optional.empty();
        }
        String name = resolved.substring(BASE.length());
        if (!TemplateSource.isSafeName(name)) {
            refusals.add(shorten(uri) + ": the name leaves the template folder");
            return Optional.empty();
        }
        Optional<byte[]> bytes = source.read(name);
        if (bytes.isEmpty()) {
            refusals.add(shorten(uri) + ": no such " + what + " in the template folder");
        }
        return bytes;
    }

    private static boolean isInlineImage(String uri) {
        String lower = uri == null ? "" : uri.strip().toLowerCase(Locale.ROOT);
        return lower.startsWith("data:image/png;base64,") || lower.startsWith("data:image/jpeg;base64,");
    }

    private Optional<byte[]> decodeInline(String uri) {
        try {
            return Optional.of(Base64.getMimeDecoder().decode(uri.substring(uri.indexOf(',') + 1)));
        } catch (IllegalArgumentException e) {
            refusals.add("an inline data: image: it is not valid base64");
            return Optional.empty();
        }
    }

    /** The address as the template author wrote it (relative to the template folder), cut if very long. */
    private static String shorten(String address) {
        if (address == null) {
            return "(no address)";
        }
        String uri = address.startsWith(BASE) ? address.substring(BASE.length()) : address;
        return uri.length() > 120 ? uri.substring(0, 117) + "..." : uri;
    }
}
