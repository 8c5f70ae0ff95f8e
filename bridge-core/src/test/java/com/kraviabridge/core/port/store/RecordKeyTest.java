package com.kraviabridge.core.port.store;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RecordKeyTest {

    /** One key of every kind with the text the store holds for it: existing databases hold exactly these. */
    static Stream<Arguments> golden() {
        return Stream.of(
                Arguments.of(RecordKey.registration(1, 4711), "register:1:4711"),
                Arguments.of(RecordKey.invoice(1, 4711), "invoice:1:4711"),
                Arguments.of(RecordKey.payment(2, 88), "payment:2:88"),
                Arguments.of(RecordKey.allocation(2, 89), "allocation:2:89"),
                Arguments.of(RecordKey.credit(1, 512, 913), "credit:1:512:913"),
                Arguments.of(RecordKey.excess(3, 90), "excess:3:90"),
                Arguments.of(RecordKey.undone(3, 91), "undone:3:91"),
                Arguments.of(RecordKey.settlement(7001, "S-2026-11-0042"), "settlement:7001:S-2026-11-0042"),
                Arguments.of(RecordKey.bookkeeping(7001, "S-2026-11-0042"), "bookkeep:7001:S-2026-11-0042"),
                Arguments.of(RecordKey.note(1, 4711, "status:CLOSED:2026-11-20T10:15:30"),
                        "note:1:4711:status:CLOSED:2026-11-20T10:15:30"));
    }

    @ParameterizedTest
    @MethodSource("golden")
    void writesEachKindAsTheStoreHoldsIt(RecordKey key, String text) {
        assertThat(key.text()).isEqualTo(text);
        assertThat(key).hasToString(text);
    }

    @ParameterizedTest
    @MethodSource("golden")
    void readsEachKindBackToTheSameKeyAndTheSameText(RecordKey key, String text) {
        RecordKey read = RecordKey.parse(text);
        assertThat(read).isEqualTo(key);
        assertThat(read.text()).isEqualTo(text);
    }

    @Test
    void theGoldenKeysCoverEveryKind() {
        Set<RecordKey.Kind> covered = golden().map(a -> ((RecordKey) a.get()[0]).kind())
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(RecordKey.Kind.class)));
        assertThat(covered).containsExactlyInAnyOrder(RecordKey.Kind.values());
    }

    @Test
    void theFreeTextLastIdKeepsItsColons() {
        RecordKey note = RecordKey.parse("note:4:17:settlement:S:1");
        assertThat(note.companyId()).isEqualTo(4);
        assertThat(note.invoiceId()).isEqualTo(17);
        assertThat(note.event()).isEqualTo("settlement:S:1");
        assertThat(RecordKey.parse("settlement:9:a:b").ids()).containsExactly("a:b");
    }

    @Test
    void namesItsOwnerAndInvoice() {
        assertThat(RecordKey.parse("register:5:6").companyId()).isEqualTo(5);
        assertThat(RecordKey.parse("register:5:6").invoiceId()).isEqualTo(6);
        assertThat(RecordKey.parse("invoice:5:6").invoiceId()).isEqualTo(6);
        assertThat(RecordKey.parse("bookkeep:7001:S1").creditorId()).isEqualTo(7001);
        assertThatThrownBy(() -> RecordKey.parse("settlement:7001:S1").companyId())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("names no company");
        assertThatThrownBy(() -> RecordKey.parse("payment:1:2").invoiceId())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("payment:1:2");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "register", "register:1", "register:1:x", "register:x:1", "register:1:2:3",
            "credit:1:2", "note:1:2", "unknown:1:2", "settlement:7001:", "payment:1:007", "payment:+1:7", "k", "race:1"})
    void textThatIsNoKeyIsNotReadAsOne(String text) {
        assertThat(RecordKey.tryParse(text)).isEmpty();
        assertThatThrownBy(() -> RecordKey.parse(text)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'" + text + "'");
    }

    @Test
    void aKeyWithIdsThatDoNotFitItsKindIsRefused() {
        assertThatThrownBy(() -> new RecordKey(RecordKey.Kind.CREDIT, 1, List.of("2")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RecordKey(RecordKey.Kind.NOTE, 1, List.of("2:3", "forwarded")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RecordKey.settlement(1, "")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theWriteToSendAgainForAParkedRefusal() {
        assertThat(RecordKey.invoice(1, 7).refusedWrite()).contains(RecordKey.registration(1, 7));
        assertThat(RecordKey.payment(1, 8).refusedWrite()).contains(RecordKey.payment(1, 8));
        assertThat(RecordKey.credit(1, 9, 10).refusedWrite()).contains(RecordKey.credit(1, 9, 10));
        assertThat(RecordKey.settlement(7001, "S1").refusedWrite()).contains(RecordKey.settlement(7001, "S1"));
        assertThat(Stream.of(RecordKey.excess(1, 1), RecordKey.undone(1, 1), RecordKey.allocation(1, 1)))
                .allSatisfy(key -> assertThat(key.refusedWrite()).isEmpty()).isNotEmpty();
    }

    @Test
    void everyKindHasItsOwnCode() {
        assertThat(Arrays.stream(RecordKey.Kind.values()).map(RecordKey.Kind::code).distinct())
                .hasSize(RecordKey.Kind.values().length);
        assertThat(RecordKey.Kind.ofCode("bookkeep")).contains(RecordKey.Kind.BOOKKEEP);
    }
}
