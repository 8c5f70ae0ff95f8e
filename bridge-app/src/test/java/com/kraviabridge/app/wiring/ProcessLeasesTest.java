package com.kraviabridge.app.wiring;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

class ProcessLeasesTest {

    private final ProcessLeases leases = new ProcessLeases(Duration.ofMinutes(5), "1b2c3d4e5f60", "web1");

    @Test
    void anOwnerNamesHostPidAndMachineAndIsUniqueWithinOneProcess() {
        ProcessLeases other = new ProcessLeases(Duration.ofMinutes(5), "1b2c3d4e5f60", "web1");

        assertThat(leases.owner()).startsWith("host=web1 pid=" + ProcessHandle.current().pid() + " run=")
                .endsWith(" machine=1b2c3d4e5f60");
        assertThat(other.owner()).isNotEqualTo(leases.owner());
        assertThat(leases.isGone(other.owner())).as("alive: this very process").isFalse();
    }

    @Test
    void aProcessOfThisMachineThatEndedIsGoneOneElsewhereNeverIs() throws Exception {
        Process ended = new ProcessBuilder("true").start();
        assertThat(ended.waitFor(30, TimeUnit.SECONDS)).isTrue();
        String owner = "host=web1 pid=" + ended.pid() + " run=0badf00d machine=1b2c3d4e5f60";

        assertThat(leases.isGone(owner)).isTrue();
        assertThat(leases.isGone(owner.replace("1b2c3d4e5f60", "ffffffffffff"))).as("another machine").isFalse();
        assertThat(new ProcessLeases(Duration.ofMinutes(5), "unknown", "web1").isGone(
                owner.replace("1b2c3d4e5f60", "unknown"))).as("no machine key, no certainty").isFalse();
        assertThat(leases.isGone("written by an older bridge")).isFalse();
    }

    @Test
    void theLeaseOutlastsTheLongestKraviaAndOdooWrite() {
        com.kraviabridge.kravia.KraviaSettings kravia = com.kraviabridge.kravia.KraviaSettings.defaults(
                java.net.URI.create("https://api.kravia.ai"), "t");
        Duration lease = Bridge.writeLease(kravia, Duration.ofSeconds(60));

        assertThat(lease).isGreaterThan(kravia.longestWrite()).isGreaterThan(Duration.ofSeconds(60 * 8));
        assertThat(kravia.longestWrite()).as("4 attempts of connect + 3 request timeouts, 3 back-offs")
                .isEqualTo(Duration.ofSeconds(4 * (10 + 3 * 30) + 3 * 30));
        assertThat(ProcessLeases.machineKey()).isNotBlank();
    }
}
