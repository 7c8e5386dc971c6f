package io.kinesisharness.internal.protocol.restxml;

import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Writes the XML documents of REST-XML services (S3) as AWS formats them: the XML declaration, then elements
 * without indentation. Text is escaped as XML requires; characters XML 1.0 cannot carry at all (most control
 * characters, which object keys may contain) are written as character references, as S3 does.
 */
public final class XmlWriter {

    private final StringBuilder out = new StringBuilder(256);
    private final Deque<String> open = new ArrayDeque<>();

    private XmlWriter() {
    }

    /** A document whose root element carries the given namespace (null for none). */
    public static XmlWriter document(String root, String namespace) {
        XmlWriter w = new XmlWriter();
        w.out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<").append(root);
        if (namespace != null) {
            w.out.append(" xmlns=\"").append(namespace).append('"');
        }
        w.out.append('>');
        w.open.push(root);
        return w;
    }

    /** An element with attributes, given as name, value, name, value, …. */
    public XmlWriter start(String name, String... attributes) {
        out.append('<').append(name);
        for (int i = 0; i + 1 < attributes.length; i += 2) {
            out.append(' ').append(attributes[i]).append("=\"");
            escape(attributes[i + 1]);
            out.append('"');
        }
        out.append('>');
        open.push(name);
        return this;
    }

    public XmlWriter end() {
        out.append("</").append(open.pop()).append('>');
        return this;
    }

    /** An element with text; nothing at all when the value is null. */
    public XmlWriter element(String name, Object value) {
        if (value != null) {
            out.append('<').append(name).append('>');
            escape(value.toString());
            out.append("</").append(name).append('>');
        }
        return this;
    }

    /** Text inside the element open now. */
    public XmlWriter text(String value) {
        escape(value);
        return this;
    }

    /** Closes every open element and returns the document's UTF-8 bytes. */
    public byte[] toBytes() {
        while (!open.isEmpty()) {
            end();
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private void escape(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&apos;");
                case '\r' -> out.append("&#13;");
                case '\n' -> out.append("&#10;");
                case '\t' -> out.append("&#9;");
                default -> {
                    if (c < 0x20) {
                        out.append("&#").append((int) c).append(';');
                    } else {
                        out.append(c);
                    }
                }
            }
        }
    }
}
