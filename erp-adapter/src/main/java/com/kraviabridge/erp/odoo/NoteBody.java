package com.kraviabridge.erp.odoo;

/**
 * The HTML body of a chatter note from the bridge's plain text: escaped, with line breaks kept. Sent as HTML
 * to every major (16 treats a string body as HTML; 17+ is told so with {@code body_is_html}), so users never
 * see tags or entities literally.
 */
final class NoteBody {

    private NoteBody() {
    }

    static String html(String text) {
        StringBuilder html = new StringBuilder("<p>");
        String plain = text == null ? "" : text.strip();
        for (int i = 0; i < plain.length(); i++) {
            char c = plain.charAt(i);
            switch (c) {
                case '<' -> html.append("&lt;");
                case '>' -> html.append("&gt;");
                case '&' -> html.append("&amp;");
                case '"' -> html.append("&quot;");
                case '\'' -> html.append("&#39;");
                case '\r' -> { }
                case '\n' -> html.append("<br/>");
                default -> html.append(c);
            }
        }
        return html.append("</p>").toString();
    }
}
