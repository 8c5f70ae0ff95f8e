package com.kraviabridge.app.cli;

import java.io.PrintWriter;

import com.kraviabridge.app.logging.Secrets;
import com.kraviabridge.config.ConfigException;
import com.kraviabridge.config.ConfigProblem;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/** Turns what a command throws into the documented exit codes instead of a stack trace. */
public final class FailureHandler implements IExecutionExceptionHandler {

    private static final Logger LOG = LoggerFactory.getLogger(FailureHandler.class);

    @Override
    public int handleExecutionException(Exception failure, CommandLine command, ParseResult parsed) {
        PrintWriter err = command.getErr();
        if (failure instanceof ConfigException problems) {
            printProblems(problems, err);
            return ExitCodes.USAGE;
        }
        LOG.error("{} failed", command.getCommandName(), failure);
        err.println("error: " + Secrets.redact(String.valueOf(failure.getMessage())));
        return ExitCodes.FAILED;
    }

    static void printProblems(ConfigException problems, PrintWriter err) {
        for (ConfigProblem problem : problems.problems()) {
            err.println("error: " + Secrets.redact(problem.toString()));
        }
        for (ConfigProblem warning : problems.warnings()) {
            err.println("warning: " + Secrets.redact(warning.toString()));
        }
        int count = problems.problems().size();
        err.println("The configuration has " + count + (count == 1 ? " problem" : " problems") + "; nothing was done.");
        err.flush();
    }
}
