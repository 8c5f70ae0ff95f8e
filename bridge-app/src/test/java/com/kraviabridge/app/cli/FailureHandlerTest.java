package com.kraviabridge.app.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.kraviabridge.app.BridgeCommand;
import com.kraviabridge.app.logging.Secrets;

import picocli.CommandLine;
import picocli.CommandLine.Command;

import static org.assertj.core.api.Assertions.assertThat;

class FailureHandlerTest {

    private static final String TOKEN = "kv_live_cafebabe";

    @AfterEach
    void forgetSecrets() {
        Secrets.forgetAll();
    }

    @Command(name = "boom")
    static final class Boom implements Callable<Integer> {
        @Override
        public Integer call() {
            throw new IllegalStateException("Kravia refused token " + TOKEN);
        }
    }

    @Test
    void anUnexpectedFailureExitsOneWithoutAStackTraceOrASecret() {
        Secrets.register(List.of(TOKEN));
        StringWriter err = new StringWriter();
        CommandLine commandLine = BridgeCommand.commandLine(Map.of()).addSubcommand(new Boom());
        commandLine.setErr(new PrintWriter(err, true));

        int exitCode = commandLine.execute("boom");

        assertThat(exitCode).isEqualTo(ExitCodes.FAILED);
        assertThat(err.toString()).isEqualTo("error: Kravia refused token ****" + System.lineSeparator());
    }
}
