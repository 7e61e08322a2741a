package org.fieldbook.ui.internal.notes;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.PaletteData;
import org.eclipse.swt.graphics.RGB;

/**
 * Prepares a photo for storage: a phone's photo of 12 megapixels is several megabytes the device keeps and the
 * sync moves, where a picture of the longest edge set in Settings shows the office all it needs. Runs off the UI
 * thread: SWT's image data needs no display.
 */
public final class Photos {

    public static final String JPEG = "image/jpeg";
    private static final Set<String> EXTENSIONS = Set.of("jpg", "jpeg", "png", "bmp", "gif");
    /** How JPEG, PNG, GIF and BMP files begin. */
    private static final List<byte[]> MAGIC = List.of(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF},
            new byte[] {(byte) 0x89, 'P', 'N', 'G'}, new byte[] {'G', 'I', 'F', '8'}, new byte[] {'B', 'M'});
    private static final int MAGIC_LENGTH = 4;

    private Photos() {
    }

    /**
     * @return the picture downscaled so its longest edge is at most {@code longestEdge} (never upscaled), as a
     *         JPEG of {@code quality}
     * @throws org.eclipse.swt.SWTException when {@code original} is no picture SWT reads
     */
    public static byte[] prepare(byte[] original, int longestEdge, int quality) {
        ImageData data = new ImageLoader().load(new ByteArrayInputStream(original))[0];
        int longest = Math.max(data.width, data.height);
        if (longest > longestEdge) {
            data = data.scaledTo(Math.max(1, data.width * longestEdge / longest), Math.max(1, data.height * longestEdge / longest));
        }
        ImageLoader writer = new ImageLoader();
        writer.data = new ImageData[] {opaqueRgb(data)};
        writer.compression = quality;
        ByteArrayOutputStream jpeg = new ByteArrayOutputStream();
        writer.save(jpeg, SWT.IMAGE_JPEG);
        return jpeg.toByteArray();
    }

    /**
     * SWT's JPEG writer garbles 32-bit pixels (a PNG with alpha, as phones save screenshots, came out in stripes):
     * it gets plain 24-bit RGB, transparent parts laid on white.
     */
    static ImageData opaqueRgb(ImageData data) {
        PaletteData rgb = new PaletteData(0xFF0000, 0xFF00, 0xFF);
        ImageData opaque = new ImageData(data.width, data.height, 24, rgb);
        int[] row = new int[data.width];
        for (int y = 0; y < data.height; y++) {
            data.getPixels(0, y, data.width, row, 0);
            for (int x = 0; x < data.width; x++) {
                RGB color = data.palette.getRGB(row[x]);
                int alpha = data.getAlpha(x, y);
                row[x] = onWhite(color.red, alpha) << 16 | onWhite(color.green, alpha) << 8 | onWhite(color.blue, alpha);
            }
            opaque.setPixels(0, y, data.width, row, 0);
        }
        return opaque;
    }

    private static int onWhite(int channel, int alpha) {
        return (channel * alpha + 255 * (255 - alpha)) / 255;
    }

    /** @return whether the file's name says it is a picture SWT reads */
    public static boolean isPicture(Path file) {
        return EXTENSIONS.contains(extension(file));
    }

    /**
     * Checks a file given from outside (dropped from the file manager) by its name and its first bytes, so a text
     * file renamed {@code .jpg} is refused when it arrives rather than when the note is saved.
     *
     * @return whether {@code file} is a readable picture file SWT reads
     */
    public static boolean isPictureFile(Path file) {
        if (!Files.isRegularFile(file) || !isPicture(file)) {
            return false;
        }
        byte[] head = new byte[MAGIC_LENGTH];
        try (InputStream in = Files.newInputStream(file)) {
            int read = in.readNBytes(head, 0, head.length);
            return MAGIC.stream().anyMatch(magic -> read >= magic.length && Arrays.equals(head, 0, magic.length, magic, 0, magic.length));
        } catch (IOException e) {
            return false;
        }
    }

    /** @return the stored name of a prepared photo: the original's name with {@code .jpg} */
    public static String jpegName(Path original) {
        String name = original.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return (dot > 0 ? name.substring(0, dot) : name) + ".jpg";
    }

    /** @return the media type of an original kept as it is */
    public static String mimeType(Path original) {
        String extension = extension(original);
        return "image/" + switch (extension) {
            case "jpg" -> "jpeg";
            default -> extension;
        };
    }

    private static String extension(Path file) {
        String name = file.getFileName().toString();
        return name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
    }
}
