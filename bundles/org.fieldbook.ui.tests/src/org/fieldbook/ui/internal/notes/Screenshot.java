package org.fieldbook.ui.internal.notes;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Shell;

/** Saves what a window shows, as the X server draws it, under target/screenshots/ for a person to look at. */
final class Screenshot {

    private Screenshot() {
    }

    static Path of(Shell shell, String name) throws IOException {
        Rectangle bounds = shell.getBounds();
        Image image = new Image(shell.getDisplay(), bounds.width, bounds.height);
        try {
            GC gc = new GC(shell.getDisplay());
            gc.copyArea(image, bounds.x, bounds.y);
            gc.dispose();
            Path file = Path.of("target", "screenshots", name + ".png").toAbsolutePath();
            Files.createDirectories(file.getParent());
            ImageLoader loader = new ImageLoader();
            loader.data = new ImageData[] { image.getImageData() };
            loader.save(file.toString(), SWT.IMAGE_PNG);
            return file;
        } finally {
            image.dispose();
        }
    }
}
