package com.kraviabridge.app.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;

import com.kraviabridge.app.BridgeCommand;

/** One run of {@code bridge ...} in-process, with its exit code and what it printed. */
record CommandLineRun(int exitCode, String out, String err) {

    static CommandLineRun bridge(Map<String, String> environment, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exitCode = BridgeCommand.execute(environment, new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new CommandLineRun(exitCode, out.toString(), err.toString());
    }

    static CommandLineRun bridge(String... args) {
        return bridge(Map.of(), args);
    }

    String all() {
        return out + err;
    }
}
