package org.fieldbook.ui.internal.notes;

import java.io.ByteArrayInputStream;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.fieldbook.ui.WidgetIds;

/**
 * A note's picture on the whole screen, scaled to fit without distortion on black. A tap anywhere or Escape
 * closes it: there is nothing else to do in it, so no buttons to aim for.
 */
public final class PhotoViewer {

    public static final String ID_PICTURE = "photo.picture";

    private final Shell shell;
    private final Image image;

    private PhotoViewer(Shell parent, byte[] picture) {
        ImageData data = new ImageLoader().load(new ByteArrayInputStream(picture))[0];
        shell = new Shell(parent, SWT.NO_TRIM | SWT.APPLICATION_MODAL);
        shell.setText("Photo");
        shell.setLayout(new FillLayout());
        shell.setBounds(parent.getMonitor().getBounds());
        image = new Image(shell.getDisplay(), data);
        shell.addListener(SWT.Dispose, event -> image.dispose());
        Canvas canvas = WidgetIds.name(new Canvas(shell, SWT.DOUBLE_BUFFERED | SWT.NO_BACKGROUND), ID_PICTURE);
        canvas.addListener(SWT.Paint, this::paint);
        canvas.addListener(SWT.MouseUp, event -> shell.close());
        canvas.addListener(SWT.KeyDown, event -> {
            if (event.character == SWT.ESC) {
                shell.close();
            }
        });
    }

    /** Shows {@code picture} (bytes SWT reads) and blocks, running the event loop, until it is closed. */
    public static void open(Shell parent, byte[] picture) {
        Modal.block(new PhotoViewer(parent, picture).shell);
    }

    private void paint(Event event) {
        GC gc = event.gc;
        Rectangle area = ((Canvas) event.widget).getClientArea();
        Rectangle size = image.getBounds();
        double scale = Math.min((double) area.width / size.width, (double) area.height / size.height);
        int width = (int) Math.round(size.width * scale);
        int height = (int) Math.round(size.height * scale);
        gc.setBackground(shell.getDisplay().getSystemColor(SWT.COLOR_BLACK));
        gc.fillRectangle(area);
        gc.setInterpolation(SWT.HIGH);
        gc.drawImage(image, 0, 0, size.width, size.height, (area.width - width) / 2, (area.height - height) / 2, width, height);
    }
}
