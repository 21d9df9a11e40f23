package org.sitrep.annotate.time.eval;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * One TimeML ({@code .tml}) document: the raw text under {@code TEXT}, the document creation time, and the gold
 * TIMEX3 annotations inside the text with character offsets into it. The DCT's own TIMEX3 is not among them.
 *
 * @param id the DOCID, or the file name
 * @param text the concatenated text nodes under TEXT, whitespace kept
 * @param dct the DCT value ({@code 1989-11-02}, sometimes with a time), or null when the file has none
 * @param timexes the gold temporal expressions of the text
 */
public record TimeMlDocument(String id, String text, String dct, List<GoldTimex> timexes) {

    /**
     * A gold TIMEX3.
     *
     * @param start first character in {@link TimeMlDocument#text()}, inclusive
     * @param end last character, exclusive
     * @param type TimeML type
     * @param value TimeML value, or null when the file gives none
     */
    public record GoldTimex(int start, int end, String type, String value) {
    }

    /**
     * Reads a TimeML file.
     *
     * <p>Thread safety: stateless; safe from any thread.
     *
     * @throws IOException if the file cannot be read or is not well-formed XML
     */
    public static TimeMlDocument read(Path file) throws IOException {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, false);
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
        String id = file.getFileName().toString().replaceFirst("\\.tml$", "");
        String dct = null;
        StringBuilder text = new StringBuilder();
        List<GoldTimex> timexes = new ArrayList<>();
        try (InputStream in = Files.newInputStream(file)) {
            XMLStreamReader r = factory.createXMLStreamReader(in);
            boolean inText = false;
            boolean inDct = false;
            boolean inDocId = false;
            int timexStart = -1;
            String type = null;
            String value = null;
            boolean creation = false;
            StringBuilder docId = new StringBuilder();
            while (r.hasNext()) {
                int ev = r.next();
                if (ev == XMLStreamConstants.START_ELEMENT) {
                    String name = r.getLocalName();
                    switch (name) {
                        case "TEXT" -> inText = true;
                        case "DCT" -> inDct = true;
                        case "DOCID" -> inDocId = true;
                        case "TIMEX3" -> {
                            String function = r.getAttributeValue(null, "functionInDocument");
                            creation = "CREATION_TIME".equals(function);
                            if (inDct || (creation && dct == null)) {
                                dct = r.getAttributeValue(null, "value");
                            }
                            if (inText) {
                                timexStart = text.length();
                                type = r.getAttributeValue(null, "type");
                                value = r.getAttributeValue(null, "value");
                            }
                        }
                        default -> {
                        }
                    }
                } else if (ev == XMLStreamConstants.END_ELEMENT) {
                    String name = r.getLocalName();
                    switch (name) {
                        case "TEXT" -> inText = false;
                        case "DCT" -> inDct = false;
                        case "DOCID" -> inDocId = false;
                        case "TIMEX3" -> {
                            if (inText && timexStart >= 0 && !creation) {
                                timexes.add(new GoldTimex(timexStart, text.length(), type, value));
                            }
                            timexStart = -1;
                            creation = false;
                        }
                        default -> {
                        }
                    }
                } else if (ev == XMLStreamConstants.CHARACTERS || ev == XMLStreamConstants.CDATA
                        || ev == XMLStreamConstants.SPACE) {
                    if (inText) {
                        text.append(r.getText());
                    } else if (inDocId) {
                        docId.append(r.getText());
                    }
                }
            }
            r.close();
            if (!docId.toString().isBlank()) {
                id = docId.toString().strip();
            }
        } catch (XMLStreamException e) {
            throw new IOException("not well-formed TimeML: " + file + ": " + e.getMessage(), e);
        }
        return new TimeMlDocument(id, text.toString(), dct, List.copyOf(timexes));
    }
}
