package com.kraviabridge.core.pipeline;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class FinishedWorkCursorTest {

    private final List<Long> stored = new ArrayList<>();

    @Test
    void movesOverFinishedPages() {
        FinishedWorkCursor cursor = new FinishedWorkCursor(10, stored::add);

        cursor.passed(20, null);
        cursor.passed(35, null);

        assertThat(stored).containsExactly(20L, 35L);
        assertThat(cursor.position()).isEqualTo(35);
    }

    @Test
    void neverPassesTheFirstUnfinishedItemEvenWhenLaterPagesFinish() {
        FinishedWorkCursor cursor = new FinishedWorkCursor(10, stored::add);

        cursor.passed(20, null);
        cursor.passed(30, 24L);
        cursor.passed(40, null);
        cursor.passed(50, 45L);

        assertThat(stored).containsExactly(20L, 23L);
        assertThat(cursor.position()).isEqualTo(23);
    }

    @Test
    void anUnfinishedFirstItemKeepsTheCursorWhereItWas() {
        FinishedWorkCursor cursor = new FinishedWorkCursor(10, stored::add);

        cursor.passed(20, 11L);

        assertThat(stored).isEmpty();
        assertThat(cursor.position()).isEqualTo(10);
    }
}
