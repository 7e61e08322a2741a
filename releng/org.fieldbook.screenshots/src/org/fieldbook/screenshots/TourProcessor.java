package org.fieldbook.screenshots;

import java.nio.file.Path;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.model.application.MApplication;

/**
 * An e4 model processor that starts the {@link Tour} when {@value #DIRECTORY} names where the pictures go.
 * The client product does not contain this bundle; {@code ./fieldbook screenshots} adds it to an unpacked copy.
 */
public final class TourProcessor {

    /** System property: the folder the pictures are saved to. */
    static final String DIRECTORY = "fieldbook.screenshots.dir";

    @Execute
    public void execute(MApplication application) {
        String directory = System.getProperty(DIRECTORY);
        if (directory != null) {
            new Tour(application, Path.of(directory), OfficeApi.fromSystemProperties()).schedule();
        }
    }
}
