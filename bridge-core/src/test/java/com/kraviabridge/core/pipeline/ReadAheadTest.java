package com.kraviabridge.core.pipeline;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReadAheadTest {

    @Test
    void theNextPageIsReadAsSoonAsTheCurrentOneIsHandedOver() throws Exception {
        Source source = new Source(3);
        ReadAhead<Integer> reader = ReadAhead.of("test-reader", source);

        assertThat(reader.next()).isEqualTo(1);
        assertThat(source.secondRead.await(10, TimeUnit.SECONDS)).as("page 2 read without being asked").isTrue();
        assertThat(source.readOn.get(1)).isNotEqualTo(Thread.currentThread().getName());

        assertThat(reader.next()).isEqualTo(2);
        assertThat(reader.hasMore()).isTrue();
        assertThat(reader.next()).isEqualTo(3);
        assertThat(reader.hasMore()).as("nothing is read past the last page").isFalse();
        assertThat(reader.next()).isNull();
        assertThat(source.readOn).hasSize(3);
    }

    @Test
    void aFailedReadAheadSurfacesWhenItsPageIsAskedFor() {
        Source source = new Source(3);
        source.failOn = 2;
        ReadAhead<Integer> reader = ReadAhead.of("test-reader", source);

        assertThat(reader.next()).isEqualTo(1);
        assertThatThrownBy(reader::next).hasMessage("read 2 failed");
    }

    @Test
    void stoppingWaitsForTheReadUnderWayAndAddsItsFailure() {
        Source source = new Source(3);
        source.failOn = 2;
        ReadAhead<Integer> reader = ReadAhead.of("test-reader", source);
        reader.next();
        IllegalStateException runFailed = new IllegalStateException("run failed");

        reader.stopAfter(runFailed);

        assertThat(runFailed.getSuppressed()).extracting(Throwable::getMessage).containsExactly("read 2 failed");
        assertThat(reader.hasMore()).isFalse();
    }

    /** Pages 1 to {@code count}, noting the thread each was read on. */
    private static final class Source implements PageReader<Integer> {
        private final int count;
        private final List<String> readOn = new java.util.concurrent.CopyOnWriteArrayList<>();
        private final CountDownLatch secondRead = new CountDownLatch(1);
        private volatile int read;
        private int failOn = -1;

        Source(int count) {
            this.count = count;
        }

        @Override
        public Integer next() {
            int page = ++read;
            readOn.add(Thread.currentThread().getName());
            if (page == 2) {
                secondRead.countDown();
            }
            if (page == failOn) {
                throw new IllegalStateException("read " + page + " failed");
            }
            return page;
        }

        @Override
        public boolean hasMore() {
            return read < count;
        }
    }
}
