package org.fieldbook.ui.internal.notes;

import java.nio.file.Path;
import java.util.Optional;

import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.osgi.service.prefs.BackingStoreException;

/**
 * How photos are prepared before they are stored, and where the camera puts its pictures: the instance
 * preferences of node {@value #NODE}, read afresh each time a note is added so a change in Settings applies to
 * the next note.
 *
 * @param longestEdge the longest edge, in pixels, a photo is downscaled to
 * @param jpegQuality the JPEG quality (1-100) a photo is compressed at
 * @param keepOriginals whether the original file is stored too, as its own note
 * @param cameraFolder the folder the camera saves to, if one is configured
 */
public record PhotoSettings(int longestEdge, int jpegQuality, boolean keepOriginals, Optional<Path> cameraFolder) {

    public static final String NODE = "org.fieldbook.ui";
    public static final String LONGEST_EDGE = "notes.longestEdge";
    public static final String JPEG_QUALITY = "notes.jpegQuality";
    public static final String KEEP_ORIGINALS = "notes.keepOriginals";
    public static final String CAMERA_FOLDER = "notes.cameraFolder";
    static final int DEFAULT_LONGEST_EDGE = 1600;
    static final int DEFAULT_JPEG_QUALITY = 80;

    public PhotoSettings {
        if (longestEdge < 1 || jpegQuality < 1 || jpegQuality > 100) {
            throw new IllegalArgumentException("A longest edge of at least 1 and a JPEG quality of 1 to 100, please");
        }
    }

    /** @return the settings as the preferences have them, defaults for what is not set */
    public static PhotoSettings read() {
        IEclipsePreferences node = node();
        String folder = node.get(CAMERA_FOLDER, "");
        return new PhotoSettings(node.getInt(LONGEST_EDGE, DEFAULT_LONGEST_EDGE),
                Math.clamp(node.getInt(JPEG_QUALITY, DEFAULT_JPEG_QUALITY), 1, 100), node.getBoolean(KEEP_ORIGINALS, false),
                folder.isBlank() ? Optional.empty() : Optional.of(Path.of(folder)));
    }

    /** Writes the settings to the preferences and flushes them to disk. */
    public void write() throws BackingStoreException {
        IEclipsePreferences node = node();
        node.putInt(LONGEST_EDGE, longestEdge);
        node.putInt(JPEG_QUALITY, jpegQuality);
        node.putBoolean(KEEP_ORIGINALS, keepOriginals);
        node.put(CAMERA_FOLDER, cameraFolder.map(Path::toString).orElse(""));
        node.flush();
    }

    private static IEclipsePreferences node() {
        return InstanceScope.INSTANCE.getNode(NODE);
    }
}
