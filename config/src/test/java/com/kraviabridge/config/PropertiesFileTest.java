package com.kraviabridge.config;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class PropertiesFileTest {

    private final Problems problems = new Problems("test.properties");

    private List<Setting> parse(String content) {
        return PropertiesFile.parse(content.getBytes(StandardCharsets.UTF_8), "test.properties", problems);
    }

    @Test
    void readsTheThreeSeparatorsAndTrimsBothEnds() {
        List<Setting> entries = parse("a=1\n  b : two words  \nc three\nd\t=\t4\t\n");

        assertThat(entries).extracting(Setting::key, Setting::value, s -> s.origin().line())
                .containsExactly(tuple("a", "1", 1), tuple("b", "two words", 2), tuple("c", "three", 3), tuple("d", "4", 4));
    }

    @Test
    void skipsCommentsAndBlankLinesButCountsThem() {
        List<Setting> entries = parse("# comment\n! also a comment\n\n   \n   # indented comment\nkey = value # not a comment\n");

        assertThat(entries).extracting(Setting::key, Setting::value, s -> s.origin().line())
                .containsExactly(tuple("key", "value # not a comment", 6));
    }

    @Test
    void joinsContinuationLinesAndReportsTheFirstLine() {
        List<Setting> entries = parse("first = 1\nlist = a, \\\n       b, \\\n       c\nafter = 2\n");

        assertThat(entries).extracting(Setting::key, Setting::value, s -> s.origin().line())
                .containsExactly(tuple("first", "1", 1), tuple("list", "a, b, c", 2), tuple("after", "2", 5));
    }

    @Test
    void anEscapedBackslashAtTheEndDoesNotContinue() {
        List<Setting> entries = parse("dir = C:\\\\data\\\\\nnext = 1\n");

        assertThat(entries).extracting(Setting::key, Setting::value)
                .containsExactly(tuple("dir", "C:\\data\\"), tuple("next", "1"));
    }

    @Test
    void readsUtf8AndIgnoresAByteOrderMark() {
        List<Setting> entries = parse("\uFEFFcollection.excluded-partner-tags = Ikke inkasso, Kunde på vent\n");

        assertThat(entries).extracting(Setting::key, Setting::value)
                .containsExactly(tuple("collection.excluded-partner-tags", "Ikke inkasso, Kunde på vent"));
    }

    @Test
    void understandsPropertiesEscapes() {
        List<Setting> entries = parse("key\\ with\\=odd = tab\\there \\u00e6\n");

        assertThat(entries).extracting(Setting::key, Setting::value)
                .containsExactly(tuple("key with=odd", "tab\there æ"));
    }

    @Test
    void handlesWindowsLineEndings() {
        List<Setting> entries = parse("a = 1\r\nb = 2\r\n");

        assertThat(entries).extracting(Setting::key, Setting::value, s -> s.origin().line())
                .containsExactly(tuple("a", "1", 1), tuple("b", "2", 2));
    }

    @Test
    void aKeyWithoutValueHasAnEmptyValue() {
        assertThat(parse("db.url =\ndb.password\n")).extracting(Setting::key, Setting::value)
                .containsExactly(tuple("db.url", ""), tuple("db.password", ""));
    }

    @Test
    void reportsBrokenUtf8OnItsLine() {
        byte[] content = "a = 1\nb = \u00f8\n".getBytes(StandardCharsets.ISO_8859_1);

        List<Setting> entries = PropertiesFile.parse(content, "test.properties", problems);

        assertThat(entries).extracting(Setting::key).containsExactly("a");
        assertThat(problems.errors(List.of())).extracting(ConfigProblem::line, ConfigProblem::message)
                .containsExactly(tuple(2, "this line is not valid UTF-8; save the file as UTF-8"));
    }

    @Test
    void reportsAMalformedUnicodeEscape() {
        parse("\n\nkey = \\u12\n");

        assertThat(problems.errors(List.of())).extracting(ConfigProblem::line).containsExactly(3);
    }
}
