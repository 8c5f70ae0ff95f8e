package com.kraviabridge.erp.odoo;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** A keyset page asks for one row more than it holds and knows from that row whether another page follows. */
class KeysetPageTest {

    @Test
    void a_page_asks_for_one_row_more_and_leaves_it_to_the_next_page() {
        List<Integer> asked = new ArrayList<>();

        KeysetPage page = KeysetPage.read(3, 10, wanted -> {
            asked.add(wanted);
            return rows(11, 12, 13, 14);
        });

        assertThat(asked).containsExactly(4);
        assertThat(page.rows()).extracting(OdooRecord::id).containsExactly(11L, 12L, 13L);
        assertThat(page.lastId()).isEqualTo(13);
        assertThat(page.last()).isFalse();
    }

    @Test
    void a_page_filled_exactly_is_the_last_one() {
        KeysetPage page = KeysetPage.read(3, 10, wanted -> rows(11, 12, 13));

        assertThat(page.rows()).extracting(OdooRecord::id).containsExactly(11L, 12L, 13L);
        assertThat(page.lastId()).isEqualTo(13);
        assertThat(page.last()).isTrue();
    }

    @Test
    void a_short_page_is_the_last_one_and_an_empty_one_keeps_the_cursor() {
        KeysetPage shortPage = KeysetPage.read(3, 10, wanted -> rows(11));
        assertThat(shortPage.last()).isTrue();
        assertThat(shortPage.lastId()).isEqualTo(11);

        KeysetPage empty = KeysetPage.read(3, 10, wanted -> List.of());
        assertThat(empty.rows()).isEmpty();
        assertThat(empty.last()).isTrue();
        assertThat(empty.lastId()).isEqualTo(10);
    }

    private static List<OdooRecord> rows(long... ids) {
        List<OdooRecord> rows = new ArrayList<>();
        for (long id : ids) {
            rows.add(new OdooRecord(Map.of("id", id)));
        }
        return rows;
    }
}
