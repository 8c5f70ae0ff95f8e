package com.kraviabridge.config;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the java.util.Properties syntax ourselves because {@link java.util.Properties} forgets
 * line numbers, and a problem report without a line number sends the administrator searching.
 * Differences from Properties, on purpose: UTF-8 instead of ISO-8859-1, and trailing whitespace
 * is trimmed (a stray space after a pasted password is a classic support call).
 */
final class PropertiesFile {

    private PropertiesFile() {
    }

    static List<Setting> parse(byte[] content, String file, Problems problems) {
        List<String> lines = decodeLines(content, file, problems);
        List<Setting> entries = new ArrayList<>();
        int index = 0;
        while (index < lines.size()) {
            int firstLine = index + 1;
            String line = lines.get(index++).stripLeading();
            if (line.isEmpty() || line.charAt(0) == '#' || line.charAt(0) == '!') {
                continue;
            }
            StringBuilder logical = new StringBuilder(line.stripTrailing());
            while (endsWithContinuation(logical)) {
                logical.setLength(logical.length() - 1);
                if (index >= lines.size()) {
                    break;
                }
                logical.append(lines.get(index++).strip());
            }
            entries.add(entry(logical.toString(), Origin.file(file, firstLine), problems));
        }
        return entries;
    }

    /** Decoded line by line so that broken UTF-8 is reported on its own line. */
    private static List<String> decodeLines(byte[] content, String file, Problems problems) {
        List<String> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= content.length; i++) {
            if (i == content.length || content[i] == '\n') {
                int end = i > start && content[i - 1] == '\r' ? i - 1 : i;
                if (i < content.length || end > start) {
                    lines.add(decode(content, start, end, file, lines.size() + 1, problems));
                }
                start = i + 1;
            }
        }
        if (!lines.isEmpty() && lines.get(0).startsWith("\uFEFF")) {
            lines.set(0, lines.get(0).substring(1));
        }
        return lines;
    }

    private static String decode(byte[] content, int start, int end, String file, int lineNumber, Problems problems) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content, start, end - start))
                    .toString();
        } catch (CharacterCodingException e) {
            problems.error("", Origin.file(file, lineNumber), "this line is not valid UTF-8; save the file as UTF-8");
            return "";
        }
    }

    private static boolean endsWithContinuation(CharSequence text) {
        int backslashes = 0;
        for (int i = text.length() - 1; i >= 0 && text.charAt(i) == '\\'; i--) {
            backslashes++;
        }
        return backslashes % 2 == 1;
    }

    private static Setting entry(String logical, Origin origin, Problems problems) {
        int keyEnd = 0;
        while (keyEnd < logical.length() && !isKeyTerminator(logical.charAt(keyEnd))) {
            keyEnd += logical.charAt(keyEnd) == '\\' ? 2 : 1;
        }
        keyEnd = Math.min(keyEnd, logical.length());
        int valueStart = skipWhitespace(logical, keyEnd);
        if (valueStart < logical.length() && (logical.charAt(valueStart) == '=' || logical.charAt(valueStart) == ':')) {
            valueStart = skipWhitespace(logical, valueStart + 1);
        }
        String key = unescape(logical.substring(0, keyEnd), origin, problems);
        String value = unescape(logical.substring(valueStart), origin, problems).strip();
        return new Setting(key, value, origin);
    }

    private static boolean isKeyTerminator(char c) {
        return c == '=' || c == ':' || Character.isWhitespace(c);
    }

    private static int skipWhitespace(String text, int from) {
        int i = from;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private static String unescape(String text, Origin origin, Problems problems) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != '\\' || i + 1 >= text.length()) {
                if (c != '\\') {
                    out.append(c);
                }
                continue;
            }
            char next = text.charAt(++i);
            switch (next) {
                case 't' -> out.append('\t');
                case 'n' -> out.append('\n');
                case 'r' -> out.append('\r');
                case 'f' -> out.append('\f');
                case 'u' -> i = unicode(text, i, out, origin, problems);
                default -> out.append(next);
            }
        }
        return out.toString();
    }

    /** Returns the index of the escape's last character. */
    private static int unicode(String text, int u, StringBuilder out, Origin origin, Problems problems) {
        if (u + 4 < text.length() && text.substring(u + 1, u + 5).chars().allMatch(PropertiesFile::isHex)) {
            out.append((char) Integer.parseInt(text.substring(u + 1, u + 5), 16));
            return u + 4;
        }
        problems.error("", origin, "malformed \\uXXXX escape; write the character itself, the file is UTF-8");
        return u;
    }

    private static boolean isHex(int c) {
        return Character.digit(c, 16) >= 0;
    }
}
