package com.kraviabridge.sim.odoo.views;

import com.kraviabridge.sim.odoo.orm.OdooError;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import org.xml.sax.helpers.DefaultHandler;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathExpressionException;
import javax.xml.xpath.XPathFactory;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

/**
 * A view architecture and Odoo's inheritance specs applied to it: an {@code xpath} or an element matched by
 * its tag and attributes locates the first node, then {@code position} (inside, after, before, replace,
 * attributes) says what to do there. A spec that locates nothing is refused, as Odoo refuses it.
 */
final class ViewArch {
    private final Document doc;

    private ViewArch(Document doc) {
        this.doc = doc;
    }

    static ViewArch parse(String xml) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(new DefaultHandler()); // errors are thrown, not also printed
            return new ViewArch(builder.parse(new InputSource(new StringReader(xml))));
        } catch (Exception e) {
            throw OdooError.validationError("Invalid view definition: " + e.getMessage());
        }
    }

    Element root() {
        return doc.getDocumentElement();
    }

    /** The specs of an inheriting arch: the children of a {@code <data>} root, else the root itself. */
    static List<Element> specs(ViewArch inheriting) {
        Element root = inheriting.root();
        return "data".equals(root.getTagName()) ? children(root) : List.of(root);
    }

    /** Applies every spec of {@code inheriting} to this arch, in order. */
    void apply(ViewArch inheriting) {
        for (Element spec : specs(inheriting)) {
            Element target = locate(spec);
            if (target == null) {
                throw new LocateFailure(spec);
            }
            String position = spec.hasAttribute("position") ? spec.getAttribute("position") : "inside";
            List<Node> content = new ArrayList<>();
            for (Element child : children(spec)) {
                content.add(doc.importNode(child, true));
            }
            switch (position) {
                case "inside" -> content.forEach(target::appendChild);
                case "after" -> {
                    Node next = target.getNextSibling();
                    content.forEach(n -> target.getParentNode().insertBefore(n, next));
                }
                case "before" -> content.forEach(n -> target.getParentNode().insertBefore(n, target));
                case "replace" -> {
                    content.forEach(n -> target.getParentNode().insertBefore(n, target));
                    target.getParentNode().removeChild(target);
                }
                case "attributes" -> {
                    for (Element attribute : children(spec)) {
                        String value = attribute.getTextContent().strip();
                        if (value.isEmpty()) {
                            target.removeAttribute(attribute.getAttribute("name"));
                        } else {
                            target.setAttribute(attribute.getAttribute("name"), value);
                        }
                    }
                }
                default -> throw OdooError.validationError("Invalid position attribute: '" + position + "'");
            }
        }
    }

    private Element locate(Element spec) {
        if ("xpath".equals(spec.getTagName())) {
            try {
                Object found = XPathFactory.newInstance().newXPath().evaluate(spec.getAttribute("expr"), doc,
                        XPathConstants.NODE);
                return found instanceof Element e ? e : null;
            } catch (XPathExpressionException e) {
                throw OdooError.validationError("Invalid expression while parsing xpath \""
                        + spec.getAttribute("expr") + "\"");
            }
        }
        NodeList candidates = doc.getElementsByTagName(spec.getTagName());
        for (int i = 0; i < candidates.getLength(); i++) {
            Element candidate = (Element) candidates.item(i);
            if (sameAttributes(spec, candidate)) {
                return candidate;
            }
        }
        return null;
    }

    private static boolean sameAttributes(Element spec, Element candidate) {
        NamedNodeMap attributes = spec.getAttributes();
        for (int i = 0; i < attributes.getLength(); i++) {
            Attr a = (Attr) attributes.item(i);
            if (!"position".equals(a.getName()) && !"version".equals(a.getName())
                    && !a.getValue().equals(candidate.getAttribute(a.getName()))) {
                return false;
            }
        }
        return true;
    }

    static List<Element> children(Element parent) {
        List<Element> out = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                out.add(e);
            }
        }
        return out;
    }

    /** The opening tag of an element, as Odoo quotes the spec it could not place. */
    static String openingTag(Element e) {
        StringBuilder out = new StringBuilder("<").append(e.getTagName());
        NamedNodeMap attributes = e.getAttributes();
        for (int i = 0; i < attributes.getLength(); i++) {
            Attr a = (Attr) attributes.item(i);
            out.append(' ').append(a.getName()).append("=\"").append(a.getValue()).append('"');
        }
        return out.append('>').toString();
    }

    /** A spec whose target is not in the parent view. */
    static final class LocateFailure extends RuntimeException {
        private final transient Element spec;

        LocateFailure(Element spec) {
            super(null, null, false, false);
            this.spec = spec;
        }

        Element spec() {
            return spec;
        }
    }
}
