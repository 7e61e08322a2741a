package org.fieldbook.ui.internal.notes;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.swt.dnd.DND;
import org.eclipse.swt.dnd.DropTarget;
import org.eclipse.swt.dnd.DropTargetAdapter;
import org.eclipse.swt.dnd.DropTargetEvent;
import org.eclipse.swt.dnd.FileTransfer;
import org.eclipse.swt.widgets.Control;

/**
 * Files dragged from the file manager onto a control: the pictures go where the chooser's go (prepared at Save like
 * them), the rest is named in a message and left out. The operation is always a copy: the file manager keeps its files.
 */
public final class PhotoDrop extends DropTargetAdapter {

    public static final String REFUSED = "Not added (not a JPEG, PNG, BMP or GIF picture): ";

    private final Consumer<List<Path>> add;
    private final Consumer<String> message;

    private PhotoDrop(Consumer<List<Path>> add, Consumer<String> message) {
        this.add = add;
        this.message = message;
    }

    /**
     * Lets {@code control} and what it holds take dropped files.
     *
     * @param add gets the pictures of a drop, in the file manager's order; none when it held no picture
     * @param message gets the refusal naming the files left out, or an empty text when all were pictures
     */
    public static DropTarget on(Control control, Consumer<List<Path>> add, Consumer<String> message) {
        DropTarget target = new DropTarget(control, DND.DROP_COPY | DND.DROP_DEFAULT);
        target.setTransfer(FileTransfer.getInstance());
        target.addDropListener(new PhotoDrop(add, message));
        return target;
    }

    @Override
    public void dragEnter(DropTargetEvent event) {
        copy(event);
    }

    @Override
    public void dragOperationChanged(DropTargetEvent event) {
        copy(event);
    }

    @Override
    public void drop(DropTargetEvent event) {
        if (!(event.data instanceof String[] files)) {
            return;
        }
        List<Path> pictures = new ArrayList<>();
        List<String> refused = new ArrayList<>();
        for (String file : files) {
            Path path = Path.of(file);
            if (Photos.isPictureFile(path)) {
                pictures.add(path);
            } else {
                refused.add(String.valueOf(path.getFileName()));
            }
        }
        add.accept(pictures);
        message.accept(refused.isEmpty() ? "" : REFUSED + String.join(", ", refused) + ".");
    }

    private static void copy(DropTargetEvent event) {
        event.detail = (event.operations & DND.DROP_COPY) != 0 ? DND.DROP_COPY : DND.DROP_NONE;
    }
}
