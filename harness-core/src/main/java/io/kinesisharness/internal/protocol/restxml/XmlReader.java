package io.kinesisharness.internal.protocol.restxml;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads the small XML documents clients send to REST-XML services (a multipart upload's part list, a batch of keys
 * to delete, a bucket's location) into a tree of elements, with the JDK's own StAX parser: no dependency, and no
 * DTDs or external entities, so a request cannot make the harness read files or expand entities without end.
 */
public final class XmlReader {

    private static final XMLInputFactory FACTORY = factory();

    private XmlReader() {
    }

    /** One element: its local name (namespaces ignored), its text (as sent) and its child elements. */
    public record Element(String name, String text, List<Element> children) {

        /** The first child of that name, or null. */
        public Element child(String childName) {
            for (Element c : children) {
                if (c.name.equals(childName)) {
                    return c;
                }
            }
            return null;
        }

        /** The text of the first child of that name, or null. */
        public String childText(String childName) {
            Element c = child(childName);
            return c == null ? null : c.text;
        }

        public List<Element> children(String childName) {
            List<Element> found = new ArrayList<>();
            for (Element c : children) {
                if (c.name.equals(childName)) {
                    found.add(c);
                }
            }
            return found;
        }
    }

    /** The document's root element; IllegalArgumentException when it is not well-formed XML. */
    public static Element parse(byte[] xml) {
        try {
            XMLStreamReader r = FACTORY.createXMLStreamReader(new ByteArrayInputStream(xml));
            try {
                while (r.hasNext()) {
                    if (r.next() == XMLStreamConstants.START_ELEMENT) {
                        return element(r);
                    }
                }
                throw new IllegalArgumentException("no root element");
            } finally {
                r.close();
            }
        } catch (XMLStreamException | RuntimeException e) {
            throw new IllegalArgumentException("not well-formed XML: " + e.getMessage(), e);
        }
    }

    private static Element element(XMLStreamReader r) throws XMLStreamException {
        String name = r.getLocalName();
        StringBuilder text = new StringBuilder();
        List<Element> children = new ArrayList<>();
        while (r.hasNext()) {
            int event = r.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                children.add(element(r));
            } else if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA
                    || event == XMLStreamConstants.SPACE) {
                text.append(r.getText());
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                break;
            }
        }
        // Not trimmed: an object key may begin or end with spaces.
        return new Element(name, text.toString(), children);
    }

    private static XMLInputFactory factory() {
        XMLInputFactory f = XMLInputFactory.newFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_COALESCING, true);
        try {
            f.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        } catch (IllegalArgumentException notSupported) {
            // Older parsers: DTDs are off anyway.
        }
        return f;
    }
}
