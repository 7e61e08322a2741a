package org.fieldbook.ui.internal.notes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.PaletteData;
import org.eclipse.swt.graphics.RGB;
import org.junit.jupiter.api.Test;

/** A PNG with alpha, as phones save screenshots, prepared as a JPEG: its colours kept, transparency on white. */
class PhotosTest {

    private static final int RED = 0xD02010;

    @Test
    void aPngWithAlphaBecomesAJpegOfItsColours() {
        ImageData png = new ImageData(400, 200, 32, new PaletteData(0xFF0000, 0xFF00, 0xFF));
        png.alphaData = new byte[400 * 200];
        for (int y = 0; y < 200; y++) {
            for (int x = 0; x < 400; x++) {
                png.setPixel(x, y, RED);
                png.setAlpha(x, y, x < 200 ? 255 : 0); // the right half transparent
            }
        }
        ImageLoader writer = new ImageLoader();
        writer.data = new ImageData[] {png};
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        writer.save(bytes, SWT.IMAGE_PNG);

        ImageData jpeg = new ImageLoader().load(new ByteArrayInputStream(Photos.prepare(bytes.toByteArray(), 200, 90)))[0];

        assertThat(jpeg.width).isEqualTo(200);
        RGB opaque = jpeg.palette.getRGB(jpeg.getPixel(50, 50));
        RGB transparent = jpeg.palette.getRGB(jpeg.getPixel(150, 50));
        assertThat(opaque.red).isBetween(0xD0 - 16, 0xD0 + 16);
        assertThat(opaque.green).isBetween(0x20 - 16, 0x20 + 16);
        assertThat(opaque.blue).isBetween(0x10 - 16, 0x10 + 16);
        assertThat(Math.min(transparent.red, Math.min(transparent.green, transparent.blue))).as("laid on white").isGreaterThan(240);
        for (int y = 40; y < 60; y++) { // no stripes: the rows of the red half agree
            assertThat(jpeg.palette.getRGB(jpeg.getPixel(50, y)).red).isBetween(0xD0 - 16, 0xD0 + 16);
        }
    }
}
