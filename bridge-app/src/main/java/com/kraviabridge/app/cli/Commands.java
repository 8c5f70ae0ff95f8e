package com.kraviabridge.app.cli;

import picocli.CommandLine.Model.CommandSpec;

/** Helpers every subcommand needs. */
final class Commands {

    private Commands() {
    }

    /** The context the top command was created with, reachable from a subcommand at any depth. */
    static BridgeContext context(CommandSpec spec) {
        return (BridgeContext) spec.root().userObject();
    }
}
