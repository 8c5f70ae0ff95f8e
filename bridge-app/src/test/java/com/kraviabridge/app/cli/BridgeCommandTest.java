package com.kraviabridge.app.cli;

import com.kraviabridge.app.BridgeCommand;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static com.kraviabridge.app.cli.CommandLineRun.bridge;
import static org.assertj.core.api.Assertions.assertThat;

class BridgeCommandTest {

    @Test
    void helpListsTheCommandsAndExitsZero() {
        CommandLineRun run = bridge("--help");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("Usage: bridge", "config", "--version", "Exit codes: 0 success");
    }

    @Test
    void versionIsTheMavenProjectVersionWithTheCommitAndTheBuildDate() {
        CommandLineRun run = bridge("--version");

        assertThat(run.exitCode()).isZero();
        // built from a git checkout, as every test run is: the commit is known
        assertThat(run.out().strip())
                .matches("kravia-bridge \\d+\\.\\d+\\.\\d+\\S* \\(commit [0-9a-f]{10}(, with uncommitted changes)?,"
                        + " built \\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z\\)")
                .doesNotContain("${");
    }

    @Test
    void everyCommandHasAOneLineSummaryThatIsAWholeSentence() {
        List<CommandLine> commands = new ArrayList<>();
        collect(BridgeCommand.commandLine(Map.of()), commands);

        assertThat(commands).hasSizeGreaterThan(10);
        assertThat(commands).allSatisfy(command -> {
            String[] description = command.getCommandSpec().usageMessage().description();
            assertThat(description).as(command.getCommandName()).isNotEmpty();
            assertThat(description[0]).as(command.getCommandName()).endsWith(".");
        });
    }

    @Test
    void theCommandListShowsWholeSummaries() {
        CommandLineRun run = bridge("--help");

        assertThat(run.out()).contains("Run as a daemon: every flow on its schedule until stopped.",
                        "Check that the bridge can reach and use everything it needs.")
                .doesNotContain("Kravia's webhooks and", "the company mapping,", "and an embedded");
    }

    private static void collect(CommandLine command, List<CommandLine> into) {
        into.add(command);
        command.getSubcommands().values().forEach(sub -> collect(sub, into));
    }

    @Test
    void anUnknownOptionIsAUsageError() {
        CommandLineRun run = bridge("--frobnicate");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("Unknown option: '--frobnicate'", "Usage: bridge");
    }

    @Test
    void anUnknownCommandIsAUsageError() {
        assertThat(bridge("frobnicate").exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(bridge("config", "frobnicate").exitCode()).isEqualTo(ExitCodes.USAGE);
    }

    @Test
    void noCommandIsAUsageError() {
        CommandLineRun run = bridge();

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("Missing command", "Usage: bridge");
    }

    @Test
    void aGroupWithoutItsSubcommandIsAUsageError() {
        CommandLineRun run = bridge("config");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("Missing subcommand", "check");
    }

    @Test
    void subcommandsHaveHelpToo() {
        CommandLineRun run = bridge("config", "check", "--help");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("--config=FILE", "config/bridge.properties");
    }

    @Test
    void theHelpCommandWorks() {
        CommandLineRun run = bridge("help", "config");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("Usage: bridge config");
    }
}
