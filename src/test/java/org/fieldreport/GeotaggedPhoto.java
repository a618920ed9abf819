package org.fieldreport;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;

/**
 * A small JPEG as a phone writes one: an EXIF segment whose GPS directory holds a place, here the text
 * {@value #PLACE} as the GPS map datum, which a test can look for in any output.
 */
public final class GeotaggedPhoto {

    /** The text written in the photo's GPS directory. */
    public static final String PLACE = "GPS-11.5564N-104.9282E";

    private GeotaggedPhoto() {
    }

    /** Writes the photo, {@code width} by {@code height} pixels, to {@code file}. */
    public static Path write(Path file, int width, int height) throws IOException {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(0x2b6a8f));
        g.fillRect(0, 0, width, height);
        g.setColor(new Color(0xe0a040));
        g.fillOval(width / 4, height / 4, width / 2, height / 2);
        g.dispose();
        ByteArrayOutputStream plain = new ByteArrayOutputStream();
        ImageIO.write(image, "jpeg", plain);
        byte[] jpeg = plain.toByteArray();
        byte[] app1 = exifSegment();
        byte[] out = new byte[jpeg.length + app1.length];
        System.arraycopy(jpeg, 0, out, 0, 2); // SOI
        System.arraycopy(app1, 0, out, 2, app1.length);
        System.arraycopy(jpeg, 2, out, 2 + app1.length, jpeg.length - 2);
        Files.createDirectories(file.getParent());
        return Files.write(file, out);
    }

    /** APP1 "Exif": a big-endian TIFF with IFD0 pointing at a GPS directory holding the map datum. */
    private static byte[] exifSegment() {
        byte[] place = (PLACE + "\0").getBytes(StandardCharsets.US_ASCII);
        ByteBuffer tiff = ByteBuffer.allocate(44 + place.length);
        tiff.put((byte) 'M').put((byte) 'M').putShort((short) 42).putInt(8);
        tiff.putShort((short) 1).putShort((short) 0x8825).putShort((short) 4).putInt(1).putInt(26).putInt(0);
        tiff.putShort((short) 1).putShort((short) 0x0012).putShort((short) 2).putInt(place.length).putInt(44)
                .putInt(0);
        tiff.put(place);
        byte[] body = tiff.array();
        ByteBuffer segment = ByteBuffer.allocate(4 + 6 + body.length);
        segment.put((byte) 0xFF).put((byte) 0xE1).putShort((short) (2 + 6 + body.length));
        segment.put("Exif\0\0".getBytes(StandardCharsets.US_ASCII)).put(body);
        return segment.array();
    }
}
