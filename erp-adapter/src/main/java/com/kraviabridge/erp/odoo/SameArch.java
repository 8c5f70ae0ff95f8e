package com.kraviabridge.erp.odoo;

import org.w3c.dom.Document;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;
import org.xml.sax.helpers.DefaultHandler;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import java.io.StringReader;

/**
 * Whether a view's arch as Odoo keeps it is the arch the bridge wrote. Odoo stores the arch re-serialised
 * (indentation, quotes and attribute order may change), so the two are compared as XML trees without
 * whitespace-only text and comments; an arch that cannot be parsed is not the same.
 */
final class SameArch {

    private SameArch() {
    }

    static boolean same(String stored, String written) {
        if (stored == null || written == null) {
            return false;
        }
        Document a = parse(stored);
        Document b = parse(written);
        return a != null && b != null && a.getDocumentElement().isEqualNode(b.getDocumentElement());
    }

    private static Document parse(String xml) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setIgnoringComments(true);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(new DefaultHandler()); // errors are thrown, not also printed
            Document doc = builder.parse(new InputSource(new StringReader(xml)));
            strip(doc.getDocumentElement());
            return doc;
        } catch (Exception e) {
            return null;
        }
    }

    private static void strip(Node node) {
        Node child = node.getFirstChild();
        while (child != null) {
            Node next = child.getNextSibling();
            if (child.getNodeType() == Node.TEXT_NODE && child.getNodeValue().isBlank()) {
                node.removeChild(child);
            } else if (child.getNodeType() == Node.TEXT_NODE) {
                child.setNodeValue(child.getNodeValue().strip());
            } else {
                strip(child);
            }
            child = next;
        }
    }
}
