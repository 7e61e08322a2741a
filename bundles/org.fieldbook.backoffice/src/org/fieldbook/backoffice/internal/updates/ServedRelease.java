package org.fieldbook.backoffice.internal.updates;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The client version the update site serves now, read from the p2 repository's {@code content.jar} (the unit of
 * the client product), so the console can offer it instead of making the administrator type a qualifier.
 */
public final class ServedRelease {

    static final String PRODUCT = "org.fieldbook.client";

    private final Path folder;

    /** @param folder the folder given with {@code --client-updates}, or null when the back office serves none */
    public ServedRelease(Path folder) {
        this.folder = folder;
    }

    /** @return whether the back office serves a client update site */
    public boolean served() {
        return folder != null;
    }

    /** @return the client version in the site's repository, if there is one that can be read */
    public Optional<String> version() {
        Path content = folder == null ? null : folder.resolve("content.jar");
        if (content == null || !Files.isRegularFile(content)) {
            return Optional.empty();
        }
        try (ZipFile jar = new ZipFile(content.toFile())) {
            ZipEntry xml = jar.getEntry("content.xml");
            if (xml == null) {
                return Optional.empty();
            }
            try (InputStream in = jar.getInputStream(xml)) {
                return productVersion(in);
            }
        } catch (IOException | XMLStreamException e) {
            return Optional.empty(); // not a repository the console can read: the admin types the version
        }
    }

    private static Optional<String> productVersion(InputStream in) throws XMLStreamException {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        XMLStreamReader reader = factory.createXMLStreamReader(in);
        try {
            while (reader.hasNext()) {
                if (reader.next() == XMLStreamReader.START_ELEMENT && "unit".equals(reader.getLocalName())
                        && PRODUCT.equals(reader.getAttributeValue(null, "id"))) {
                    return Optional.ofNullable(reader.getAttributeValue(null, "version"));
                }
            }
            return Optional.empty();
        } finally {
            reader.close();
        }
    }
}
