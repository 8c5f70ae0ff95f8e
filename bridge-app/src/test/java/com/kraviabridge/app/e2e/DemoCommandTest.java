package com.kraviabridge.app.e2e;

import com.kraviabridge.app.BridgeCommand;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code bridge demo}, smaller than the default so the suite stays quick, but every step of it. */
@Tag("slow")
class DemoCommandTest {

    @Test
    void theDemoPlaysItsWeeksAndEndsWithBooksThatAgree() {
        StringWriter out = new StringWriter();
        int exit = BridgeCommand.execute(Map.of(), new PrintWriter(out), new PrintWriter(new StringWriter()), "demo",
                "--weeks", "3", "--customers", "40", "--invoices", "250",
                "--data-dir", Path.of("target", "demo-test").toAbsolutePath().toString());

        assertThat(exit).as(out.toString()).isZero();
        assertThat(out.toString()).contains("Week 1").contains("Week 3").contains("Summary after 3 weeks")
                .contains("Settlements posted in Odoo and bookkept in Kravia").contains("open cases agree")
                .containsPattern("The customer completed in week 2: invoice \\S+ was handed over as Kravia case \\d+");
    }
}
