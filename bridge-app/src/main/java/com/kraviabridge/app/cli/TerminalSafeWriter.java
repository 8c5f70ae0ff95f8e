package com.kraviabridge.app.cli;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;

/**
 * Everything the command line prints goes through here. Names, numbers and error texts from Odoo and Kravia are
 * printed as they came, and they may hold terminal escapes (ESC[2J clears the screen), a carriage return that
 * overwrites the start of a line, or bidirectional overrides that reorder what the reader sees. Such characters
 * are shown as a backslash, u and four hex digits instead; line breaks and tabs stay, so the output keeps its shape.
 */
public final class TerminalSafeWriter extends FilterWriter {

    private TerminalSafeWriter(Writer out) {
        super(out);
    }

    public static PrintWriter around(PrintWriter out) {
        return new PrintWriter(new TerminalSafeWriter(out), true);
    }

    @Override
    public void write(int c) throws IOException {
        write(new char[]{(char) c}, 0, 1);
    }

    @Override
    public void write(String text, int off, int len) throws IOException {
        write(text.toCharArray(), off, len);
    }

    @Override
    public void write(char[] text, int off, int len) throws IOException {
        StringBuilder safe = new StringBuilder(len);
        for (int i = off; i < off + len; i++) {
            char c = text[i];
            boolean lineEnd = c == '\r' && i + 1 < off + len && text[i + 1] == '\n';
            if (lineEnd || !unsafe(c)) {
                safe.append(c);
            } else {
                safe.append(String.format("\\u%04x", (int) c));
            }
        }
        out.write(safe.toString());
    }

    static boolean unsafe(char c) {
        if (c == '\n' || c == '\t') {
            return false;
        }
        return c < 0x20 || (c >= 0x7f && c <= 0x9f) // C0 and C1 controls, DEL
                || (c >= '\u202a' && c <= '\u202e') || (c >= '\u2066' && c <= '\u2069') // bidirectional overrides
                || c == '\u2028' || c == '\u2029'; // line and paragraph separators
    }
}
